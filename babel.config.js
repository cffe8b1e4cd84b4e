// Taro's preset compiles the mini-program (React + TypeScript) for weapp and h5.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}

// npm run deploy [-- --dry-run [--environment <file.json>]] [-- --describe <file.json>] [-- --bootstrap <file.json>]
//
// Deploy: build for the environment, read what it has, print the plan, carry it out, read again and check that
// nothing is left. --dry-run needs no network: it checks the configuration and prints the plan against an empty
// environment (or one described in a file, as --describe writes it). --bootstrap writes the first community and
// its invite codes after the deploy.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { declaredFromRepo, type Declared } from './declared'
import { EMPTY_ENVIRONMENT, isEmpty, planDeploy, type Environment } from './plan'
import { planWords } from './words'
import { CONFIG_FILE, readSettings, settingsWords, type Settings } from './settings'

const root = path.resolve(__dirname, '../..')
const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const valueOf = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const say = (line: string) => console.log(line)

function weappRelease(): { version: string; desc: string } {
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
  let desc = '就近'
  try {
    desc = execFileSync('git', ['log', '-1', '--format=%h %s'], { cwd: root, encoding: 'utf8' }).trim().slice(0, 60)
  } catch {
    // Not a git checkout (an unpacked release): the version says enough.
  }
  return { version, desc }
}

/** An upload key is a PEM private key; anything else (a path to the wrong file) is caught before any network. */
const keyLooksRight = (file: string) => {
  try {
    return /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(fs.readFileSync(path.resolve(root, file), 'utf8'))
  } catch {
    return false
  }
}

export function loadSettings(env = process.env) {
  const file = path.join(root, CONFIG_FILE)
  return readSettings(env, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null, keyLooksRight)
}

function printPlan(declared: Declared, env: Environment) {
  const plan = planDeploy(declared, env)
  for (const line of planWords(plan, declared)) say(line)
  return plan
}

async function main() {
  const settings = loadSettings()
  if (!settings.ok) {
    say('部署的配置还不完整：')
    for (const p of settings.problems) say(`✖ ${p}`)
  } else say(`配置：${settingsWords(settings.settings)}`)

  if (flag('--dry-run')) {
    const described = valueOf('--environment')
    const env = described ? (JSON.parse(fs.readFileSync(described, 'utf8')) as Environment) : EMPTY_ENVIRONMENT
    say(described ? `对照 ${described} 里描述的环境（不联网）：` : '不联网，按一个空环境列出要做的全部：')
    printPlan(declaredFromRepo(root, weappRelease()), env)
    process.exitCode = settings.ok ? 0 : 1
    return
  }
  if (!settings.ok) {
    process.exitCode = 1
    return
  }
  await deploy(settings.settings)
}

async function deploy(settings: Settings) {
  const { ensureTools } = await import('./tools')
  ensureTools(say)
  const { applyPlan, connect, describeEnvironment } = await import('./cloudbase')
  const cloud = connect(settings, root)
  const describeTo = valueOf('--describe')
  if (describeTo) {
    const declared = declaredFromRepo(root, weappRelease())
    fs.writeFileSync(describeTo, JSON.stringify(await describeEnvironment(cloud, declared), null, 2))
    say(`环境的描述写在 ${describeTo}（只有名字、规则和指纹，没有密钥）`)
    return
  }
  say('构建（小程序、H5 和云函数，按这个环境）…')
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, CLOUD_ENV: settings.envId } })
  const declared = declaredFromRepo(root, weappRelease())
  const plan = printPlan(declared, await describeEnvironment(cloud, declared))
  if (!isEmpty(plan)) {
    await applyPlan(cloud, root, declared, plan, say)
    const left = planDeploy(declared, await describeEnvironment(cloud, declared))
    if (!isEmpty(left)) {
      say('✖ 做完以后再对照，还有没到位的：')
      for (const line of planWords(left, declared)) say(line)
      process.exitCode = 1
      return
    }
    say('✔ 部署完成，环境和仓库一致。')
  }
  const bootstrapFile = valueOf('--bootstrap')
  if (bootstrapFile) {
    const { bootstrap, bootstrapInput } = await import('./bootstrap')
    const parsed = bootstrapInput.safeParse(JSON.parse(fs.readFileSync(bootstrapFile, 'utf8')))
    if (!parsed.success) {
      for (const i of parsed.error.issues) say(`✖ ${bootstrapFile} 的 ${i.path.join('.')}：${i.message}`)
      process.exitCode = 1
      return
    }
    await bootstrap(cloud, parsed.data, new Date(), say)
  }
}

if (process.argv[1]?.endsWith(path.join('deploy', 'main.ts')))
  main().catch((e: unknown) => {
    // The tools' errors carry request details, never the secret key (it signs requests; it is not sent).
    console.error(`✖ 部署没有完成：${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  })

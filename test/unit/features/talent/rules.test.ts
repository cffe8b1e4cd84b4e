import { fitsNeed, skillsOf } from '../../../../cloudfunctions/lib/features/talent/rules'

const facts = {
  hobbies: '书法，象棋、调解邻里纠纷',
  offers: [{ type: '义务巡逻', title: '晚间小区巡逻', detail: '每周二、四晚上' }],
}

it('lists what a cadre offered first, then the hobbies as written, each once', () => {
  expect(skillsOf(facts)).toEqual(['义务巡逻', '书法', '象棋', '调解邻里纠纷'])
  expect(skillsOf({ hobbies: '', offers: [] })).toEqual([])
})

it('finds a word anywhere in hobbies and offers; an empty word finds everyone', () => {
  expect(fitsNeed(facts, '调解')).toBe(true)
  expect(fitsNeed(facts, '巡逻')).toBe(true)
  expect(fitsNeed(facts, '钢琴')).toBe(false)
  expect(fitsNeed(facts, ' ')).toBe(true)
})

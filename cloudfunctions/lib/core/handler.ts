// What a feature's handler is: the use case behind one action, given the checked input.
import type { ActionName, ActionOutput, ParsedInput } from '../contracts'
import type { ActionContext } from './context'

export type Handler<A extends ActionName> = (ctx: ActionContext, input: ParsedInput<A>) => Promise<ActionOutput<A>>

export type Handlers<K extends ActionName> = { [A in K]: Handler<A> }

// The typed client: call(action, input) → the action's data, or an ApiError with a code and plain Chinese.
// On weapp it calls the cloud function that serves the action (`api`, or `office` for figures and 台帐); the local
// H5 build calls the localcloud host on the same origin.
import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput, ErrorCode, Result } from '@cloud/contracts'
import { functionOf } from '@cloud/core/functions'

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
  ) {
    super(message)
  }
}

const OFFLINE = '网络不太好，请稍后再试'

async function transport(data: { action: string; input: unknown }): Promise<unknown> {
  const name = functionOf(data.action)
  if (process.env.TARO_ENV === 'h5') {
    const res = await fetch('/__cloud/callFunction', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, data }),
    })
    if (!res.ok) throw new ApiError('NETWORK', OFFLINE)
    return res.json()
  }
  const res = await Taro.cloud.callFunction({ name, data })
  return res.result
}

export async function call<A extends ActionName>(action: A, input: ActionInput<A>): Promise<ActionOutput<A>> {
  let result: Result<ActionOutput<A>>
  try {
    result = (await transport({ action, input })) as Result<ActionOutput<A>>
  } catch (e) {
    throw e instanceof ApiError ? e : new ApiError('NETWORK', OFFLINE)
  }
  if (!result || typeof result !== 'object') throw new ApiError('NETWORK', OFFLINE)
  if (!result.ok) throw new ApiError(result.error.code, result.error.message)
  return result.data
}

export type { ActionOutput }

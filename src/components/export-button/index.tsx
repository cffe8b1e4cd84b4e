// A workbook an action makes, fetched with one press: downloaded on H5, on the phone sent into a WeChat chat; the
// result is said in words below the button.
import { useSubmit } from '../../api/useSubmit'
import { fetchFile } from '../../api/upload'
import { Button } from '../controls'
import { Notice } from '../notice'

interface ExportButtonProps<F extends { fileName: string; url: string }> {
  label: string
  hint?: string
  make: () => Promise<F>
  /** What was exported, in words. */
  said: (file: F) => string
}

export function ExportButton<F extends { fileName: string; url: string }>({ label, hint, make, said }: ExportButtonProps<F>) {
  const { result, busy, submit } = useSubmit(undefined, '没有导出，请再试一次')
  const press = () =>
    void submit(async () => {
      const file = await make()
      await fetchFile(file.fileName, file.url)
      return file
    }, said)
  return (
    <>
      <Button kind='primary' label={label} hint={hint} disabled={busy} onPress={press} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
    </>
  )
}

// Controls sized for shaky hands: primary actions at least 60×60, every control at least 44×44 (CSS px),
// words on every control (never an icon alone), and a pressed state that does not rely on colour.
import { View, Text, Input, Textarea } from '@tarojs/components'
import { dial } from '../../api/dial'
import './index.css'

/** Lets a keyboard or switch user reach a tappable View (the H5 build passes it to the element). */
export const focusable = { tabIndex: 0 } as Record<string, unknown>

interface ButtonProps {
  label: string
  hint?: string
  onPress: () => void
  kind?: 'primary' | 'secondary' | 'danger' | 'plain'
  disabled?: boolean
  testId?: string
}

export function Button({ label, hint, onPress, kind = 'secondary', disabled, testId }: ButtonProps) {
  return (
    <View
      className={`btn btn--${kind} ${disabled ? 'btn--disabled' : ''}`}
      hoverClass='btn--pressed'
      role='button'
      aria-label={hint ? `${label}，${hint}` : label}
      aria-disabled={disabled ? 'true' : 'false'}
      data-testid={testId}
      {...focusable}
      onClick={() => !disabled && onPress()}
    >
      <Text className='btn__label'>{label}</Text>
      {hint ? <Text className='btn__hint'>{hint}</Text> : null}
    </View>
  )
}

export function BigButton(props: ButtonProps) {
  return (
    <View className='big'>
      <Button kind='primary' {...props} />
    </View>
  )
}

/** Calls a number; the label always says which number, so nobody presses blind. */
export function CallButton({ label, phone, kind = 'secondary' }: { label: string; phone: string; kind?: ButtonProps['kind'] }) {
  return <Button label={label} hint={phone} kind={kind} onPress={() => dial(phone)} />
}

interface ChoiceProps<T extends string> {
  label: string
  options: readonly T[]
  value: T | null
  onChange: (v: T) => void
  /** Options that can be chosen but lead nowhere (a full day): drawn dashed and grey, their words say why. */
  muted?: (o: T) => boolean
}

/** One of a few options as big buttons; the chosen one says 已选 in words, not only in colour. */
export function Choice<T extends string>({ label, options, value, onChange, muted }: ChoiceProps<T>) {
  return (
    <View className='field' role='radiogroup' aria-label={label}>
      <Text className='field__label'>{label}</Text>
      <View className='choice'>
        {options.map((o) => (
          <View
            key={o}
            className={`choice__item ${value === o ? 'choice__item--on' : ''} ${muted?.(o) ? 'choice__item--muted' : ''}`}
            role='radio'
            aria-checked={value === o ? 'true' : 'false'}
            aria-label={o}
            {...focusable}
            onClick={() => onChange(o)}
          >
            <Text>{value === o ? `✓ ${o}` : o}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

interface FieldProps {
  label: string
  value: string
  onInput: (v: string) => void
  placeholder?: string
  type?: 'text' | 'number' | 'idcard' | 'digit'
  maxlength?: number
  testId?: string
}

/** A labelled text box; `multiline` for several lines (an article, a description) in the same frame and size. */
export function Field({
  label,
  value,
  onInput,
  placeholder,
  type = 'text',
  maxlength,
  testId,
  multiline = false,
}: FieldProps & { multiline?: boolean }) {
  const common = {
    value,
    maxlength,
    placeholder: placeholder ?? `请填写${label}`,
    placeholderClass: 'field__placeholder',
    'aria-label': label,
    'data-testid': testId,
    onInput: (e: { detail: { value: string } }) => onInput(e.detail.value),
  }
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      {multiline ? (
        <Textarea className='field__input field__input--multi' {...common} />
      ) : (
        <Input className='field__input' type={type} {...common} />
      )}
    </View>
  )
}

/** Several of a list chosen by tapping each (tap again to take it off); the chosen say 已选 in words. */
export function PickMany({
  label,
  options,
  picked,
  onChange,
}: {
  label: string
  options: readonly { id: string; name: string }[]
  picked: readonly string[]
  onChange: (picked: string[]) => void
}) {
  const toggle = (id: string) => onChange(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id])
  return (
    <View className='field' role='group' aria-label={label}>
      <Text className='field__label'>{label}</Text>
      {options.map((o) => (
        <Button key={o.id} label={`${picked.includes(o.id) ? '✓ 已选 ' : ''}${o.name}`} onPress={() => toggle(o.id)} />
      ))}
    </View>
  )
}

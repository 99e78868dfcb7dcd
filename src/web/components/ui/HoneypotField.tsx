/**
 * The signed-out forms' honeypot (`website`): off screen and hidden from assistive technology, so people
 * leave it empty and form-filling bots fill it; the server answers a filled one as accepted and keeps nothing.
 */
export function HoneypotField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
      <label>
        Website
        <input tabIndex={-1} autoComplete="off" value={value} onChange={(e) => onChange(e.currentTarget.value)} />
      </label>
    </div>
  );
}

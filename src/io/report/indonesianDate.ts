const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']

/** A date as Indonesian letters write it: "23 November 2026" (UTC, so Node and the browser agree). */
export function indonesianDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!} ${date.getUTCFullYear()}`
}

/** Rupiah as a plain grouped number, "1.250.000.000", for table cells under a "(Rp)" header. */
export function groupedNumber(amount: number): string {
  const digits = String(Math.round(Math.abs(amount)))
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return amount < 0 ? `-${grouped}` : grouped
}

/** Rupiah in millions with an Indonesian decimal comma: 150000000 -> "150", 37500000 -> "37,5". */
export function millions(amount: number): string {
  const m = Math.round((amount / 1_000_000) * 100) / 100
  const [whole, fraction] = String(Math.abs(m)).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${m < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`
}

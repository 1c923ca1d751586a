import type { searchId } from './search.id.ts'

/** English texts of the search area, typed against the Indonesian keys. */
export const searchEn: Record<keyof typeof searchId, string> = {
  'search.title': 'Search and commands',
  'search.open': 'Search',
  'search.openTitle': 'Search elements, views or commands ({shortcut})',
  'search.input': 'Search elements, views or commands',
  'search.placeholder': 'Type a name, code, kind or OPD…',
  'search.group.elements': 'Elements',
  'search.group.views': 'Views',
  'search.group.commands': 'Commands',
  'search.more': 'and {count} more: type more to narrow down',
  'search.empty': 'No element, view or command matches "{query}".',
  'search.start': 'Type to search among {count} elements and {views} views.',
  'search.help': '↑ ↓ choose · Enter runs · Esc closes',
  'search.view.count': '{count} elements',
  'search.element.noOpd': 'no OPD',
  'search.command.goTo': 'Go to {section}',
  'search.command.otherLanguage': 'Switch language to Bahasa Indonesia',
  'search.command.projects': 'Back to the project list',
  'search.command.keywords.section': 'section open go',
  'search.command.keywords.language': 'language bahasa english indonesia',
}

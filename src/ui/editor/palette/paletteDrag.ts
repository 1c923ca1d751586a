/** Drag data type of a palette item: the element kind id. Private, so other drags are ignored. */
export const PALETTE_MIME = 'application/x-cetakbiru-kind'

/** Drag data type of a model browser row: the id of an existing element, placed (not copied) in the view. */
export const ELEMENT_MIME = 'application/x-cetakbiru-element'

import type { Figure } from '../../data/schemas/row.ts';

/** Whether a figure carries anything FigureMarks shows: a non-actual status, a flag or a note. */
export const hasMarks = (f: Figure) => f.status !== 'actual' || f.flag !== undefined || f.note_vi !== undefined || f.note_en !== undefined;

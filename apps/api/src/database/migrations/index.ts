import { Foundation1764878400000 } from './1764878400000-foundation';

/** Every migration, in order. A committed migration is never edited; add a new one. */
export const MIGRATIONS = [Foundation1764878400000];

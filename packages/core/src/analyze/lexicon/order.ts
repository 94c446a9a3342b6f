/** Signs that a story is told out of order or wanders: backtracking and digressions. */

/** Backtracking: the listener hears the story being assembled out of order. */
export const BACKTRACK_CUES = [
  "i should've said",
  'i should have said',
  "i should've mentioned",
  'i should have mentioned',
  'i forgot to mention',
  'i forgot to say',
  'let me back up',
  'actually before that',
  'before that, actually',
  'oh, the other',
  'oh, and',
  'the other piece was',
  'wait,',
  'sorry,',
] as const;

/** Digression: context and asides that postpone the story. */
export const DIGRESSION_CUES = [
  'to give you the full picture',
  'to give you some background',
  'to give you some context',
  'a bit of history',
  'some history',
  'go back a bit',
  'let me go back',
  'going back',
  'long story short',
  'to make a long story short',
  'i digress',
  'but i digress',
  'side note',
  'on a side note',
  'tangent',
  'where was i',
  'as i was saying',
  'anyway',
  'anyways',
  'there was also the context',
  'that is a whole other story',
  "that's a whole other story",
  'a whole other story',
  'separate story',
] as const;

import type { ParamMatcher } from '@sveltejs/kit';

/** An exercise's neutral number in its address (/practice/1 … /practice/7). */
export const match: ParamMatcher = (param) => /^[1-7]$/.test(param);

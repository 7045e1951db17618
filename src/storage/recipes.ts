import type { PageRecipe } from '../messages';
import { db } from './db';

export async function saveRecipe(r: PageRecipe): Promise<void> {
  await (await db()).put('recipes', r);
}

export async function getRecipe(origin: string): Promise<PageRecipe | null> {
  return (await (await db()).get('recipes', origin)) ?? null;
}

export async function listRecipes(): Promise<PageRecipe[]> {
  return (await db()).getAll('recipes');
}

/** Import a team's shared mapping whole, or not at all. */
export async function importRecipes(recipes: PageRecipe[]): Promise<void> {
  const tx = (await db()).transaction('recipes', 'readwrite');
  await Promise.all([...recipes.map((r) => tx.store.put(r)), tx.done]);
}

export async function deleteRecipe(origin: string): Promise<void> {
  await (await db()).delete('recipes', origin);
}

import { defineCollection } from 'astro:content';
import { datasetLoader } from './data/loader.ts';

export const collections = {
  data: defineCollection({ loader: datasetLoader() }),
};

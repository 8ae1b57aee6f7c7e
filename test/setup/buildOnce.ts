import { build } from '../../scripts/lib/build';

export default async function buildOnce(): Promise<void> {
  await build();
}

import { importSecret } from '../certificates/verification';
import { pupilToken } from './token';

/**
 * Which pupil a token belongs to. A token cannot be turned back into an id, so the index computes the tokens
 * of the pupils it is given and remembers them: the session's group first (a scan at the door is nearly always
 * one of them), the whole venue only when a code is not among those. Two pupils with the same token (about one
 * venue in five thousand at 20 000 pupils, see docs/qr-attendance.md) resolve to nobody rather than to a guess.
 */
export class TokenIndex {
  private readonly byToken = new Map<string, string | null>();
  private readonly known = new Set<string>();
  private readonly key: Promise<CryptoKey>;

  constructor(secret: string) {
    this.key = importSecret(secret);
  }

  /** Computes the tokens of the pupils not seen yet. */
  async include(ids: Iterable<string>): Promise<void> {
    const fresh = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (fresh.length === 0) return;
    const key = await this.key;
    const tokens = await Promise.all(fresh.map((id) => pupilToken(key, id)));
    fresh.forEach((id, i) => {
      // Another caller may have added the same id while this one awaited.
      if (this.known.has(id)) return;
      this.known.add(id);
      const token = tokens[i]!;
      this.byToken.set(token, this.byToken.has(token) ? null : id);
    });
  }

  /** The pupil's id; undefined when no included pupil has this token (or two have). */
  lookup(token: string): string | undefined {
    return this.byToken.get(token) ?? undefined;
  }

  async tokenOf(id: string): Promise<string> {
    return pupilToken(await this.key, id);
  }
}

import { describe, expect, it } from 'vitest';
import { asEdit } from '../src/render/reply.ts';
import {
  choicesResponse,
  encodedOnce,
  replyResponse,
} from '../src/transports/http/responseBody.ts';
import { commandReply, realDispatcher } from './helpers/corpus.ts';
import { parseBody } from './helpers/discordStandIn.ts';

describe("the HTTP endpoint's encoded replies", () => {
  it('serves one cached reply as a new message and as a button update, each with its own bytes', async () => {
    const reply = commandReply(realDispatcher(), 'stats', { metric: 'cocaine' });
    expect(reply.files.length).toBeGreaterThan(0);
    const read = async (as: 'reply' | 'update') => {
      const encoded = encodedOnce(replyResponse(reply, as));
      return { encoded, ...(await parseBody(encoded.body, encoded.contentType)) };
    };
    const first = await read('reply');
    const update = await read('update');
    const again = await read('reply');
    const updateAgain = await read('update');

    expect(first.body).toEqual({ type: 4, data: reply.message });
    expect(update.body).toEqual({ type: 7, data: asEdit(reply.message) });
    for (const served of [first, update]) {
      expect(served.files.map((f) => f.data)).toEqual(reply.files.map((f) => f.data));
    }
    // Each type's body is encoded once and handed out again, not the other type's.
    expect(again.encoded).toBe(first.encoded);
    expect(updateAgain.encoded).toBe(update.encoded);
    expect(again.body).toEqual(first.body);
    expect(updateAgain.body).toEqual(update.body);
  });

  it('encodes repeated autocomplete choices once, as type 8', async () => {
    const dispatcher = realDispatcher();
    const choicesFor = () => {
      const plan = dispatcher.plan({
        kind: 'autocomplete',
        name: 'operation',
        options: [{ name: 'name', value: 'sk', focused: true }],
        meta: { id: '1' },
      });
      if (plan.kind !== 'choices') throw new Error(`planned as ${plan.kind}`);
      return plan.choices;
    };
    const choices = choicesFor();
    expect(choices.length).toBeGreaterThan(0);
    const first = encodedOnce(choicesResponse(choices));
    expect(encodedOnce(choicesResponse(choicesFor()))).toBe(first);
    expect((await parseBody(first.body, first.contentType)).body).toEqual({
      type: 8,
      data: { choices },
    });
  });
});

import type http from 'node:http';
import type { RecordedAnswer } from './recordedAnswers';
import { readGraphqlRequest, sendJson } from './readBody';

/**
 * The HTTP echo: reads the GraphQL POST, finds the recorded answer by its query text and writes
 * it as JSON (serialised per request, as every other contender serialises its answer). What it
 * costs is what node:http and JSON cost for this answer, with no GraphQL and no database.
 */
export function echoHandler(answers: RecordedAnswer[]): http.RequestListener {
  const byQuery = new Map(answers.map((a) => [a.query, a.data]));
  return (req, res) => {
    readGraphqlRequest(req).then(
      (body) => {
        const data = byQuery.get(body.query);
        if (data === undefined) sendJson(res, 400, '{"errors":[{"message":"no recorded answer for this query"}]}');
        else sendJson(res, 200, JSON.stringify({ data }));
      },
      () => sendJson(res, 400, '{"errors":[{"message":"unreadable body"}]}'),
    );
  };
}

/** What ChurnLens could not read on the account's page, in the user's words, so a thin score explains itself. */
import { parseProblem } from '../adapters/problem-parse';
import type { MessageKey } from '../i18n/t';
import { useT } from '../ui/i18n';

export function ReadProblems({ problems }: { problems: readonly string[] }) {
  const t = useT();
  const said = problems.flatMap((p) => {
    const parsed = parseProblem(p);
    return parsed ? [t(`problem_${parsed.code}` as MessageKey, ...parsed.details)] : [];
  });
  if (!said.length) return null;
  return (
    <section class="cl-card" data-churnlens="read-problems">
      <h2>{t('panel_read_problems')}</h2>
      <ul class="sb-problems">
        {[...new Set(said)].map((s) => (
          <li>{s}</li>
        ))}
      </ul>
    </section>
  );
}

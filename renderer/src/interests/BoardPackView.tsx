import { useTranslation } from 'react-i18next';
import type { BoardPack } from '../../../shared/interests/board-pack';
import { CONFLICT_EVENTS } from '../../../shared/interests/board-pack';
import { formatDay } from '../ui/format';

/** The pack as the board reads it: every count already under the small-number rule, the only words of the public consented, anonymised quotes. */
export function BoardPackView({ pack }: { pack: BoardPack }) {
  const { t } = useTranslation(['interests', 'vocabulary']);
  return (
    <div className="board-pack" data-testid="board-pack-view" aria-live="polite">
      <p className="muted">
        {t('board.period', { from: formatDay(pack.from), to: formatDay(pack.to) })}. {pack.smallNumberRule}
      </p>
      <h3>{t('board.heard', { stories: pack.stories.heard })}</h3>
      <div className="table-wrap">
        <table className="table">
          <caption>{t('board.byChannel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.channel')}</th>
              <th scope="col">{t('board.stories')}</th>
            </tr>
          </thead>
          <tbody>
            {pack.stories.byChannel.map((row) => (
              <tr key={row.channel}>
                <th scope="row">{t(`vocabulary:channels.${row.channel}`)}</th>
                <td>{row.stories}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption>{t('board.byCommunity')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.group')}</th>
              <th scope="col">{t('board.stories')}</th>
            </tr>
          </thead>
          <tbody>
            {pack.stories.byCommunity.map((row) => (
              <tr key={row.group}>
                <th scope="row">{row.group}</th>
                <td>{row.stories}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('board.shared')}</h3>
      {pack.shared.length === 0 ? (
        <p>{t('board.sharedNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="board-shared">
            <thead>
              <tr>
                <th scope="col">{t('board.on')}</th>
                <th scope="col">{t('board.kind')}</th>
                <th scope="col">{t('board.recipient')}</th>
                <th scope="col">{t('board.items')}</th>
              </tr>
            </thead>
            <tbody>
              {pack.shared.map((row, index) => (
                <tr key={`${row.on}-${index}`}>
                  <td>{formatDay(row.on)}</td>
                  <td>{t(`board.sharedKinds.${row.kind}`)}</td>
                  <td dir="auto">{row.recipient}</td>
                  <td>{row.items ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('board.declarations')}</h3>
      <dl className="declaration-facts board-counts" data-testid="board-conflicts">
        {(
          [
            ['made', pack.declarations.made],
            ['nothingToDeclare', pack.declarations.nothingToDeclare],
            ['interestsDeclared', pack.declarations.interestsDeclared],
            ['interestsChanged', pack.declarations.interestsChanged],
            ['owing', pack.declarations.owingOnMadeOn],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <dt>{t(`board.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {CONFLICT_EVENTS.map((event) => (
          <div key={event}>
            <dt>{t(`board.events.${event}`)}</dt>
            <dd>{pack.conflicts.totals[event] ?? '0'}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('board.elections')}</h3>
      {pack.elections.length === 0 ? (
        <p>{t('board.electionsNone')}</p>
      ) : (
        <ul>
          {pack.elections.map((row) => (
            <li key={`${row.name}-${row.pollingDay}`}>
              {t('board.election', { name: row.name, notice: formatDay(row.noticeDate), polling: formatDay(row.pollingDay), bundles: row.bundlesDuring })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('board.quotes')}</h3>
      {pack.quotes.length === 0 ? (
        <p>{t('board.quotesNone')}</p>
      ) : (
        pack.quotes.map((quote, index) => (
          <blockquote key={index} className="board-quote" dir="auto">
            {quote.text}
          </blockquote>
        ))
      )}
    </div>
  );
}

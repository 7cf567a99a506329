import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../shared/fieldwork/records';
import { ATTACHMENT_LIMITS } from '../../../../../shared/fieldwork/visits';
import { useAppStore } from '../../../state/appStore';
import { addAttachment } from '../../actions';
import { actionError } from '../../../i18n/actionError';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText } from './common';
import { formatBytes, shortHash } from './visitHelpers';

interface Props {
  caseId: string;
  visitId: string;
  attached: readonly Attachment[];
  onAttached: (a: Attachment) => void;
}

/**
 * Photos and scans from a visit. The data layer checks size, type and the file's first bytes; a refusal
 * comes back as `fieldwork.error.<code>` (too_large, type_not_allowed, content_mismatch, unsafe_name).
 */
export function VisitAttachments({ caseId, visitId, attached, onAttached }: Props) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();

  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    setError(null);
    setBusy(true);
    for (const file of files) {
      // Refuse a huge file before reading it into memory; the data layer checks again with the bytes.
      if (file.size > ATTACHMENT_LIMITS.maxBytes) {
        setError(actionError('fieldwork.error.too_large', { name: file.name }));
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await act(addAttachment, { caseId, fileName: file.name, mimeType: file.type, bytes, owner: { kind: 'visit', id: visitId } });
      if (result.ok) onAttached(result.value);
      else setError(result.error);
    }
    setBusy(false);
    input.value = ''; // so choosing the same file again fires change
  };

  return (
    <div className="attachments">
      <label htmlFor={`${id}-file`}>{t('panels.visit.attach')}</label>{' '}
      <input id={`${id}-file`} type="file" multiple accept={ATTACHMENT_LIMITS.types.join(',')} disabled={busy} onChange={(e) => void onFiles(e)} data-testid="attachment-input" />
      <div className="small muted">{t('panels.visit.attachHint')}</div>
      <ActionErrorText error={error} testId="attachment-error" />
      {attached.length > 0 && (
        <ul className="attachment-list" data-testid="attachment-list">
          {attached.map((a) => (
            <li key={a.id} data-testid={`attachment-${shortHash(a.id)}`}>
              {a.fileName} <span className="small muted">{formatBytes(a.sizeBytes)}</span> <span className="mono small" title={a.id}>#{shortHash(a.id)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

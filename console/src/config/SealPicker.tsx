import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imageDataUrl, imageTypeOf, LETTERHEAD_IMAGE_MAX_BYTES, type LetterheadImage } from '../../../shared/publishedConfig';

const KB = LETTERHEAD_IMAGE_MAX_BYTES / 1024;

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The seal/logo image: checked here by its bytes and size (head office checks again), shown as it will print. */
export function SealPicker({ value, onChange, disabled }: { value: LetterheadImage | null; onChange: (img: LetterheadImage | null) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = imageTypeOf(bytes);
    if (!type) return setError(t('config.letterhead.sealNotImage'));
    if (bytes.length > LETTERHEAD_IMAGE_MAX_BYTES) return setError(t('config.letterhead.sealTooLarge', { kb: KB }));
    setError(null);
    onChange({ mediaType: type, base64: toBase64(bytes) });
  };
  return (
    <div>
      <label>
        {t('config.letterhead.seal', { kb: KB })}
        <input type="file" accept="image/png,image/jpeg" disabled={disabled} data-testid="letterhead-seal" onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      {error && (
        <div role="alert" className="error-note">
          {error}
        </div>
      )}
      {value ? (
        <div className="toolbar">
          <img src={imageDataUrl(value)} alt={t('config.letterhead.seal', { kb: KB })} style={{ maxHeight: 64, maxWidth: 160, border: '1px solid #d9dee3' }} />
          {!disabled && (
            <button type="button" className="secondary" onClick={() => onChange(null)}>
              {t('config.letterhead.removeSeal')}
            </button>
          )}
        </div>
      ) : (
        <p className="note">{t('config.letterhead.noSeal')}</p>
      )}
    </div>
  );
}

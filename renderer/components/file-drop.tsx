/**
 * Choose a file by button (the OS dialog in the app, the browser's file input in the preview) or by
 * dropping it on the zone. Dropped and browser-chosen files go to main as bytes (files:upload); main
 * answers with a token. The renderer never sees or sends a path.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowUpload24Regular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePurpose, FileRef } from '@shared/ipc/domains/files';
import { MAX_UPLOAD_BYTES } from '@shared/ipc/domains/files';
import { failed, type Result } from '@shared/ipc/result';
import { api } from '../api';
import { useAppStore } from '../state/app-store';
import { useFormat } from '../format';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    flexWrap: 'wrap',
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  text: { flexGrow: 1, minWidth: '200px' },
});

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function uploadFile(file: File, purpose: FilePurpose): Promise<Result<FileRef>> {
  if (file.size > MAX_UPLOAD_BYTES) return failed('E_FILE_TOO_LARGE');
  return api.files.upload({ name: file.name, purpose, dataBase64: toBase64(await file.arrayBuffer()) });
}

interface Props {
  purpose: FilePurpose;
  accept: string;
  onResult(result: Result<FileRef>): void;
  disabled?: boolean;
}

export function FileDrop({ purpose, accept, onResult, disabled }: Props) {
  const { t } = useTranslation('ui');
  const styles = useStyles();
  const fmt = useFormat();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const shell = useAppStore((s) => s.info?.shell);

  const browse = async () => {
    if (shell !== 'electron') return input.current?.click();
    const picked = await api.files.pick({ purpose });
    if (picked.status !== 'cancelled') onResult(picked);
  };
  const take = async (file: File | undefined) => {
    if (file) onResult(await uploadFile(file, purpose));
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) void take(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid={`drop-${purpose}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <ArrowUpload24Regular aria-hidden />
      <Text className={styles.text}>{t(`drop.${purpose}`, { max: fmt.bytes(MAX_UPLOAD_BYTES) })}</Text>
      <Button
        appearance="primary"
        disabled={disabled ?? false}
        onClick={() => void browse()}
        data-testid={`browse-${purpose}`}
      >
        {t('browse')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        aria-label={t('browse')}
        data-testid={`file-input-${purpose}`}
        onChange={(e) => {
          void take(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </div>
  );
}

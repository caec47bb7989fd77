// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { z } from 'zod';
import { prepareComponentTests } from '../../tests/setup/renderWithProviders';
import { i18n } from '../i18n/i18n';
import { ReadOnlyDatabaseError } from '../db/openDatabase';
import Dexie from 'dexie';
import { BackupError } from '../../shared/backup/errors';
import { DiskFullError } from '../lib/diskFull';
import { errorText, fieldError } from './notify';

beforeAll(() => prepareComponentTests());
afterEach(() => {
  act(() => notifications.clean());
  cleanup();
});

const unexpected = () => i18n.t('common:errors.unexpected');

describe('fieldError', () => {
  it('translates a schema key from common, a feature key from its namespace, and says "not valid" for unknown keys', () => {
    expect(fieldError(undefined)).toBeUndefined();
    expect(fieldError({ message: '' })).toBeUndefined();
    expect(fieldError({ message: 'validation.required' }, 'mentors')).toBe(i18n.t('common:validation.required'));
    expect(fieldError({ message: 'common:validation.email' })).toBe(i18n.t('common:validation.email'));
    expect(fieldError({ message: 'nav.mentors' }, 'common')).toBe('Mentors');
    expect(fieldError({ message: 'validation.duplicateModuleName' }, 'training')).toBe(
      i18n.t('training:validation.duplicateModuleName'),
    );
    expect(fieldError({ message: 'no.such.key' }, 'training')).toBe(i18n.t('common:validation.invalid'));
  });
});

describe('errorText', () => {
  it('translates a bare errors.* key from the feature namespace first', () => {
    expect(errorText(new Error('errors.notFound'), 'consents')).toBe(i18n.t('consents:errors.notFound'));
    expect(errorText(new Error('errors.notFound'), 'consents')).not.toBe(unexpected());
  });

  it('falls back to common for a key the feature does not have', () => {
    expect(errorText(new ReadOnlyDatabaseError(), 'mentors')).toBe(i18n.t('common:errors.readOnlyDatabase'));
  });

  it('translates a namespaced key as it is, whatever the caller namespace', () => {
    expect(errorText(new Error('sessions:errors.notFound'), 'contacts')).toBe(i18n.t('sessions:errors.notFound'));
    expect(errorText(new Error('training:overview.exportFailed'), 'training')).toBe(
      i18n.t('training:overview.exportFailed'),
    );
  });

  it('translates the first message of a schema error', () => {
    const result = z.object({ name: z.string().min(1, 'validation.required') }).safeParse({ name: '' });
    expect(result.success).toBe(false);
    expect(errorText(result.error, 'sessions')).toBe(i18n.t('common:validation.required'));
  });

  it('says why a backup or shared-folder file could not be opened, in any feature', () => {
    expect(errorText(new BackupError('wrongPassphrase'), 'sharedFolder')).toBe(i18n.t('backup:errors.wrongPassphrase'));
    expect(errorText(new BackupError('wrongPassphrase'), 'sharedFolder')).not.toBe(unexpected());
    expect(errorText(new BackupError('invalidRecords', { issueCount: 3 }), 'mentors')).toBe(
      i18n.t('backup:errors.invalidRecords', { count: 3 }),
    );
  });

  it('says a full disk is full, and what to do, whoever reports it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const diskFull = i18n.t('common:errors.diskFull');
    expect(diskFull).not.toBe(unexpected());
    expect(errorText(quota, 'mentors')).toBe(diskFull);
    expect(errorText(new Dexie.AbortError('transaction aborted', quota), 'sessions')).toBe(diskFull);
    // What the backup worker sends across for it (backupWorkerClient).
    expect(errorText(new DiskFullError('QuotaExceededError: '), 'backup')).toBe(diskFull);
  });

  it('never shows raw library text or unknown keys', () => {
    expect(errorText(new Error('QuotaExceededError: disk full'), 'mentors')).toBe(unexpected());
    expect(errorText(new Error('errors.noSuchKeyAnywhere'), 'mentors')).toBe(unexpected());
    expect(errorText('a string', 'mentors')).toBe(unexpected());
  });
});

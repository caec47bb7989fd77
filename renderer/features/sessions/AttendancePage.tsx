import { useState } from 'react';
import { Button, Group, Loader, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Notice } from './ui/Notice';
import { Link, useNavigate, useParams } from 'react-router';
import { AttendanceStatusSchema, type Attendance, type Session } from '../../../shared/domain/session';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { saveAttendance } from './attendanceRepo';
import { draftAttendance, markRow, sessionHours, type AttendanceDraftRow } from './sessionRules';
import { notifyError, notifySaved } from '../../components/notify';
import { NumberField } from '../../components/NumberField';
import { PersonPicker } from './ui/PersonPicker';
import { useAttendance, usePeopleNames, useSession } from './useSessions';

/** Hours the schema takes: a number from 0 to 24 (an emptied field holds NaN, never 0). */
const validHours = (h: number) => Number.isFinite(h) && h >= 0 && h <= 24;

const rowKey = (r: AttendanceDraftRow, i: number) => r.personId ?? `walkIn-${i}`;

/** Loads what was recorded, then the editor starts from it; later edits stay local until saved. */
const AttendanceSheet = ({ session }: { session: Session }) => {
  const { t } = useTranslation('sessions');
  const stored = useAttendance(session.id);
  if (stored === undefined) return <Loader aria-label={t('app.loading', { ns: 'common' })} />;
  return <AttendanceEditor session={session} stored={stored} />;
};

const AttendanceEditor = ({ session, stored }: { session: Session; stored: readonly Attendance[] }) => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  const navigate = useNavigate();
  const [rows, setRows] = useState<AttendanceDraftRow[]>(() => draftAttendance(session, stored));
  const [walkInName, setWalkInName] = useState('');
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [checked, setChecked] = useState(false);
  const refs = [
    ...session.expected,
    ...stored.flatMap((a) => (a.personId && a.personKind !== 'walkIn' ? [{ kind: a.personKind, id: a.personId }] : [])),
  ];
  const names = usePeopleNames(refs, lng);

  const nameOf = (r: AttendanceDraftRow) =>
    r.personKind === 'walkIn' || r.personId === null
      ? r.walkInName
      : (picked.get(r.personId) ?? names?.get(r.personId) ?? t('removedPerson'));
  const update = (i: number, next: AttendanceDraftRow) => setRows(rows.map((r, j) => (j === i ? next : r)));
  const unmarked = rows.filter((r) => r.status === null).length;

  const save = async () => {
    if (unmarked > 0) {
      setProblem(t('attendance.unmarked', { count: unmarked }));
      return;
    }
    if (!rows.every((r) => validHours(r.hours))) {
      setChecked(true);
      setProblem(t('attendance.hoursInvalid'));
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      await saveAttendance(
        session.id,
        rows.map((r) => ({
          id: r.id,
          personKind: r.personKind,
          personId: r.personId,
          walkInName: r.walkInName,
          status: r.status ?? 'absent',
          hours: r.hours,
        })),
      );
      notifySaved(t('attendance.saved'));
      void navigate(`/sessions/${session.id}`);
    } catch (err) {
      notifyError(err, 'sessions');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack>
      <Title order={1}>{t('attendance.pageTitle', { title: session.title })}</Title>
      <Text>
        {t('attendance.intro', {
          date: formatDate(session.date, lng),
          hours: formatNumber(sessionHours(session), lng, 2),
        })}
      </Text>
      <Group>
        <Button variant="default" onClick={() => setRows(rows.map((r) => markRow(r, 'present', session)))}>
          {t('attendance.markAllPresent')}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text>{t('attendance.nobody')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attendance.person')}</Table.Th>
              <Table.Th>{t('attendance.status')}</Table.Th>
              <Table.Th>{t('attendance.hours')}</Table.Th>
              <Table.Th>
                <span className="tandem-visually-hidden">{t('attendance.rowActions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => {
              const name = nameOf(r);
              const expected = r.personId !== null && session.expectedIds.includes(r.personId);
              return (
                <Table.Tr key={rowKey(r, i)}>
                  <Table.Td>
                    <Text>{name}</Text>
                    <Text size="xs">{expected ? t(`personKinds.${r.personKind}`) : t('attendance.walkIn')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <div role="radiogroup" aria-label={t('attendance.statusOf', { name })}>
                      <Group gap="md" wrap="nowrap">
                        {AttendanceStatusSchema.options.map((status) => (
                          <Radio
                            key={status}
                            name={`status-${i}`}
                            value={status}
                            label={t(`statuses.${status}`)}
                            checked={r.status === status}
                            onChange={() => update(i, markRow(r, status, session))}
                          />
                        ))}
                      </Group>
                    </div>
                  </Table.Td>
                  <Table.Td>
                    <NumberField
                      aria-label={t('attendance.hoursOf', { name })}
                      min={0}
                      max={24}
                      step={0.25}
                      decimalScale={2}
                      w={100}
                      value={r.hours}
                      onChange={(v) => update(i, { ...r, hours: v ?? Number.NaN, hoursTyped: true })}
                      error={checked && !validHours(r.hours)}
                    />
                  </Table.Td>
                  <Table.Td>
                    {!expected && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        onClick={() => setRows(rows.filter((_, j) => j !== i))}
                        aria-label={t('form.removePerson', { name })}
                      >
                        {t('actions.remove', { ns: 'common' })}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}

      <Title order={2}>{t('attendance.walkInsTitle')}</Title>
      <Group align="flex-end" wrap="wrap">
        <div style={{ minWidth: 320 }}>
          <PersonPicker
            label={t('attendance.addExisting')}
            kinds={['mentor', 'mentee', 'contact']}
            excludeIds={new Set(rows.flatMap((r) => (r.personId ? [r.personId] : [])))}
            onPick={(o) => {
              setPicked((m) => new Map(m).set(o.ref.id, o.name));
              setRows([
                ...rows,
                markRow(
                  { personKind: o.ref.kind, personId: o.ref.id, walkInName: '', status: null, hours: 0 },
                  'present',
                  session,
                ),
              ]);
            }}
          />
        </div>
        <TextInput
          label={t('attendance.typedName')}
          value={walkInName}
          onChange={(e) => setWalkInName(e.currentTarget.value)}
        />
        <Button
          variant="default"
          disabled={walkInName.trim().length === 0}
          onClick={() => {
            setRows([
              ...rows,
              markRow(
                { personKind: 'walkIn', personId: null, walkInName: walkInName.trim(), status: null, hours: 0 },
                'present',
                session,
              ),
            ]);
            setWalkInName('');
          }}
        >
          {t('attendance.addTyped')}
        </Button>
      </Group>

      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      <Group>
        <Button onClick={() => void save()} loading={saving}>
          {t('attendance.save')}
        </Button>
        <Button variant="default" component={Link} to={`/sessions/${session.id}`}>
          {t('actions.cancel', { ns: 'common' })}
        </Button>
      </Group>
    </Stack>
  );
};

export const AttendancePage = () => {
  const { t } = useTranslation('sessions');
  const { id } = useParams();
  const session = useSession(id);
  if (session === undefined) return <Loader aria-label={t('app.loading', { ns: 'common' })} />;
  if (session === null)
    return (
      <Stack>
        <Title order={1}>{t('notFoundTitle')}</Title>
        <Text>{t('notFound')}</Text>
      </Stack>
    );
  return <AttendanceSheet key={session.id} session={session} />;
};

'use client';

import { useActionState, useEffect, useRef, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { UserPlus, Users } from 'lucide-react';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/lib/ui/alert-dialog';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { NativeSelect } from '@/lib/ui/native-select';
import { Spinner } from '@/lib/ui/spinner';
import { toast } from '@/lib/ui/toaster';
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from '@/modules/projects/actions';

export type TeamView = {
  members: Array<{ userId: string; email: string | null; role: 'owner' | 'editor' | 'viewer'; isYou: boolean }>;
  invitations: Array<{ id: string; email: string; role: 'editor' | 'viewer'; expiresAt: Date }>;
  /** The owner's plan limit (owner + members + pending invitations), null when unlimited or not the owner's to see. */
  seats: { used: number; limit: number } | null;
};

/**
 * Who works on a project: members and roles, invitations by email (joining needs the invitee's
 * yes). When the plan's places are all taken (Free's one place is the owner's) the invite form
 * would only be refused: it gives way to why, with `seatsFullAction` (Upgrade or "Ask my agency",
 * from the page: billing is not this module's).
 */
export function TeamPanel({
  projectId,
  team,
  canManage,
  seatsFullAction,
}: {
  projectId: string;
  team: TeamView;
  canManage: boolean;
  seatsFullAction?: React.ReactNode;
}) {
  const t = useTranslations('team');
  const me = team.members.find((m) => m.isYou);
  const isFull = team.seats !== null && team.seats.used >= team.seats.limit;
  const isOwnerAlone = team.members.length === 1 && team.invitations.length === 0;
  return (
    <Card className="space-y-4" aria-labelledby="team-title">
      <div className="space-y-1">
        <h2 id="team-title" className="flex items-center gap-2 text-lg font-semibold">
          <Users aria-hidden="true" className="size-5" />
          {t('title')}
        </h2>
        <p className="text-sm text-muted">{t('intro')}</p>
        {team.seats ? <p className="text-sm text-muted">{t('seats', { used: team.seats.used, limit: team.seats.limit })}</p> : null}
      </div>
      <ul className="divide-y divide-gray-100" aria-label={t('title')}>
        {team.members.map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center gap-2 py-2">
            <span className="min-w-0 flex-1 break-all">
              {member.email ?? '—'}
              {member.isYou ? <span className="ml-2 text-sm text-muted">({t('you')})</span> : null}
            </span>
            {canManage && member.role !== 'owner' ? (
              <RoleSelect projectId={projectId} userId={member.userId} email={member.email ?? ''} role={member.role} />
            ) : (
              <Badge variant={member.role === 'owner' ? 'brand' : 'neutral'}>{t('role', { role: member.role })}</Badge>
            )}
            {canManage && member.role !== 'owner' ? (
              <RemoveMember projectId={projectId} userId={member.userId} email={member.email ?? ''} />
            ) : null}
          </li>
        ))}
      </ul>
      {team.invitations.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{t('pending')}</h3>
          <ul className="divide-y divide-gray-100" aria-label={t('pending')}>
            {team.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center gap-2 py-2">
                <span className="min-w-0 flex-1 break-all">{invitation.email}</span>
                <Badge variant="neutral">{t('role', { role: invitation.role })}</Badge>
                <span className="text-sm text-muted">{t('expires', { date: invitation.expiresAt })}</span>
                {canManage ? <RevokeInvitation projectId={projectId} invitationId={invitation.id} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!canManage ? (
        <p className="text-sm text-muted">{t('ownerOnly')}</p>
      ) : isFull && team.seats ? (
        <Alert variant="info" role="note" data-testid="team-full">
          <AlertDescription>{t('full', { limit: team.seats.limit, ownerAlone: isOwnerAlone ? 'yes' : 'no' })}</AlertDescription>
          {seatsFullAction ? <AlertActions>{seatsFullAction}</AlertActions> : null}
        </Alert>
      ) : (
        <InviteForm projectId={projectId} />
      )}
      {me && me.role !== 'owner' ? <LeaveProject projectId={projectId} userId={me.userId} /> : null}
    </Card>
  );
}

function InviteForm({ projectId }: { projectId: string }) {
  const t = useTranslations('team');
  const tc = useTranslations('common');
  const [state, action, pending] = useActionState(inviteMemberAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    const { email, acceptUrl } = state.data;
    toast.success(t('invited', { email }), {
      action: {
        label: t('copyLink'),
        onClick: () => void navigator.clipboard.writeText(acceptUrl).then(() => toast(t('copied', { email }))),
      },
    });
  }, [state, t]);
  return (
    <form ref={formRef} action={action} className="space-y-3 border-t border-gray-100 pt-4" noValidate>
      <h3 className="flex items-center gap-2 text-sm font-semibold">
        <UserPlus aria-hidden="true" className="size-4" />
        {t('inviteTitle')}
      </h3>
      <input type="hidden" name="projectId" value={projectId} />
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
        <FormField label={t('email')} error={fieldError(state, 'email')}>
          {(field) => <Input {...field} name="email" type="email" autoComplete="off" required maxLength={254} />}
        </FormField>
        <FormField label={t('inviteRole')} hint={t('roleHint')}>
          {(field) => (
            <NativeSelect {...field} name="role" defaultValue="editor">
              <option value="editor">{t('role', { role: 'editor' })}</option>
              <option value="viewer">{t('role', { role: 'viewer' })}</option>
            </NativeSelect>
          )}
        </FormField>
        <Button type="submit" className="sm:mt-6" disabled={pending} aria-busy={pending}>
          {pending ? <Spinner /> : null}
          {pending ? tc('working') : t('invite')}
        </Button>
      </div>
      <div aria-live="polite">
        <FormError state={state && !state.ok && !fieldError(state, 'email') ? state : null} />
      </div>
    </form>
  );
}

function RoleSelect({ projectId, userId, email, role }: { projectId: string; userId: string; email: string; role: 'editor' | 'viewer' }) {
  const t = useTranslations('team');
  const [pending, startTransition] = useTransition();
  return (
    <NativeSelect
      aria-label={t('roleLabel', { email })}
      defaultValue={role}
      disabled={pending}
      className="min-h-11 w-40"
      onChange={(event) => {
        const next = event.currentTarget.value;
        startTransition(async () => {
          const result = await changeMemberRoleAction({ projectId, userId, role: next });
          if (result.ok) toast.success(t('saved'));
          else toast.error(result.error.message);
        });
      }}
    >
      <option value="editor">{t('role', { role: 'editor' })}</option>
      <option value="viewer">{t('role', { role: 'viewer' })}</option>
    </NativeSelect>
  );
}

function Confirm({
  trigger,
  title,
  body,
  confirm,
  onConfirm,
}: {
  trigger: React.ReactNode;
  title: string;
  body: string;
  confirm: string;
  onConfirm: () => void;
}) {
  const tc = useTranslations('common');
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{body}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{tc('cancel')}</AlertDialogCancel>
          <AlertDialogAction onClick={onConfirm}>{confirm}</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function RemoveMember({ projectId, userId, email }: { projectId: string; userId: string; email: string }) {
  const t = useTranslations('team');
  const [pending, startTransition] = useTransition();
  return (
    <Confirm
      trigger={
        <Button variant="ghost" size="sm" className="min-h-11" disabled={pending}>
          {t('remove')}
        </Button>
      }
      title={t('removeTitle', { email })}
      body={t('removeBody')}
      confirm={t('remove')}
      onConfirm={() =>
        startTransition(async () => {
          const result = await removeMemberAction({ projectId, userId });
          if (result.ok) toast.success(t('removed'));
          else toast.error(result.error.message);
        })
      }
    />
  );
}

function LeaveProject({ projectId, userId }: { projectId: string; userId: string }) {
  const t = useTranslations('team');
  const [pending, startTransition] = useTransition();
  return (
    <Confirm
      trigger={
        <Button variant="secondary" disabled={pending}>
          {t('leave')}
        </Button>
      }
      title={t('leaveTitle')}
      body={t('leaveBody')}
      confirm={t('leave')}
      onConfirm={() =>
        startTransition(async () => {
          const result = await removeMemberAction({ projectId, userId });
          if (!result.ok) toast.error(result.error.message);
        })
      }
    />
  );
}

function RevokeInvitation({ projectId, invitationId }: { projectId: string; invitationId: string }) {
  const t = useTranslations('team');
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="ghost"
      size="sm"
      className="min-h-11"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await revokeInvitationAction({ projectId, invitationId });
          if (result.ok) toast.success(t('revoked'));
          else toast.error(result.error.message);
        })
      }
    >
      {t('revoke')}
    </Button>
  );
}

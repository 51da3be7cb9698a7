import { useState } from 'react';
import styled from 'styled-components';
import type { LiveCall } from '../../call/state';
import type { GroupKind } from '../../handoff/group-link';
import { type Message, message } from '../../i18n/message';
import type { Teammate } from '../../settings/teammates';
import { useHandoffKit } from '../handoff-kit-context';
import { colors } from '../theme';
import { useTranslation } from '../use-translation';
import { Button } from './Button';
import { Choices } from './Choices';
import { DeepLinkPanel } from './DeepLinkPanel';
import { ErrorText, Heading, Muted, ownScroll } from './layout';
import { NumberListEditor } from './NumberListEditor';

const Panel = styled.section`
  display: flex;
  flex-direction: column;
  gap: 10px;
  padding: 12px;
  border: 1px solid ${colors.border};
  border-radius: 4px;
  flex-shrink: 0;
  ${ownScroll(300)}
`;

const Members = styled.fieldset`
  border: 0;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: 4px;
  legend {
    font-size: 13px;
    font-weight: 600;
    padding: 0 0 4px;
  }
  label {
    display: flex;
    gap: 6px;
    align-items: center;
  }
`;

interface Props {
  call: LiveCall;
  teammates: readonly Teammate[];
  /** Told when the panel opens or closes: the screen shows one QR code at a time. */
  onOpenChange?: (open: boolean) => void;
}

interface Added {
  number: string;
  display: string;
}

/**
 * "Add people": the contact plus teammates or other numbers in one OpenPhone group call or
 * text (docs/contracts.md, OpenPhone, "Dial"). More than 9 numbers is refused before any link.
 */
export function GroupPanel({ call, teammates, onOpenChange }: Props) {
  const kit = useHandoffKit();
  const { t, say, count } = useTranslation();
  const [open, setOpenState] = useState(false);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    onOpenChange?.(next);
  };
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [others, setOthers] = useState<readonly Added[]>([]);
  const [kind, setKind] = useState<GroupKind>('call');

  if (!open) {
    return (
      <Button $wide onClick={() => setOpen(true)}>
        {t('group.open')}
      </Button>
    );
  }

  const numbers = [
    ...new Set([
      call.to.e164,
      ...teammates.filter((mate) => chosen.includes(mate.number)).map((mate) => mate.number),
      ...others.map((other) => other.number),
    ]),
  ];

  const toggle = (number: string, on: boolean) =>
    setChosen((current) =>
      on ? [...current, number] : current.filter((other) => other !== number),
    );

  const add = (typed: string): Message | null => {
    const read = kit.readGroupNumber(typed, call.dial.countryCode);
    if (read.kind === 'invalid') return read.reason;
    if (numbers.includes(read.number)) return message('group.duplicate', { number: read.display });
    setOthers((current) => [...current, { number: read.number, display: read.display }]);
    return null;
  };

  const link = numbers.length > 1 ? kit.groupLinkFor({ numbers, from: call.from, kind }) : null;

  return (
    <Panel aria-labelledby="group-heading">
      <Heading as="h2" id="group-heading">
        {t('group.heading')}
      </Heading>
      <Members>
        <legend>{t('group.whoJoins')}</legend>
        <label>
          <input type="checkbox" checked disabled />{' '}
          {t('group.thisCall', { number: call.to.display })}
        </label>
        {teammates.map((mate) => (
          <label key={mate.number}>
            <input
              type="checkbox"
              checked={chosen.includes(mate.number)}
              onChange={(event) => toggle(mate.number, event.target.checked)}
            />{' '}
            {t('group.teammate', { name: mate.name, number: mate.number })}
          </label>
        ))}
      </Members>
      {teammates.length === 0 && <Muted>{t('group.noTeammates')}</Muted>}
      <NumberListEditor
        items={others}
        keyOf={(other) => other.number}
        show={(other) => other.display}
        listLabel={t('group.others')}
        removeLabel={(other) => t('group.removeName', { number: other.display })}
        removeText={t('group.remove')}
        onRemove={(other) =>
          setOthers((current) => current.filter((item) => item.number !== other.number))
        }
        field={{
          id: 'group-number',
          label: t('group.number'),
          placeholder: t('group.numberExample'),
          addText: t('group.addNumber'),
        }}
        onAdd={add}
      />
      <Muted role="status">
        {t(numbers.length > kit.maxGroupNumbers ? 'group.sizeOver' : 'group.size', {
          numbers: count(numbers.length),
          max: count(kit.maxGroupNumbers),
        })}
      </Muted>
      <Choices>
        <legend>{t('group.start')}</legend>
        <label>
          <input
            type="radio"
            name="group-kind"
            checked={kind === 'call'}
            onChange={() => setKind('call')}
          />
          {t('group.call')}
        </label>
        <label>
          <input
            type="radio"
            name="group-kind"
            checked={kind === 'text'}
            onChange={() => setKind('text')}
          />
          {t('group.text')}
        </label>
      </Choices>
      {link === null ? (
        <Muted>{t('group.pick')}</Muted>
      ) : link.kind === 'refused' ? (
        <ErrorText role="alert">{say(link.problem)}</ErrorText>
      ) : (
        <DeepLinkPanel href={link.href} appName={link.appName} action={link.action} />
      )}
      <Button onClick={() => setOpen(false)}>{t('group.close')}</Button>
    </Panel>
  );
}

import type { Message } from '../i18n/message';
import type { Notice, WidgetState } from './widget-state';

/** Adds a notice; its id is the state's next one, so ids never repeat in a session. */
export function withNotice(
  state: WidgetState,
  tone: Notice['tone'],
  message: Message,
  copyText?: string,
): WidgetState {
  const notice: Notice = {
    id: state.nextNoticeId,
    tone,
    message,
    ...(copyText === undefined || copyText === '' ? {} : { copyText }),
  };
  return { ...state, notices: [...state.notices, notice], nextNoticeId: state.nextNoticeId + 1 };
}

export function withoutNotice(state: WidgetState, id: number): WidgetState {
  const notices = state.notices.filter((notice) => notice.id !== id);
  return notices.length === state.notices.length ? state : { ...state, notices };
}

"""What the backend clients give the views: plain dataclasses, never protobuf messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby
from typing import Any

LOG_TYPE_LETTINGS = "lettings"
LOG_TYPE_SALES = "sales"

STATUS_NOT_STARTED = "not_started"
STATUS_IN_PROGRESS = "in_progress"
STATUS_COMPLETED = "completed"
STATUS_PENDING = "pending"
STATUS_DELETED = "deleted"


@dataclass(frozen=True)
class User:
    id: str
    email: str
    name: str
    role: str  # core_platform.auth.principal.ROLES
    organisation_id: str


@dataclass(frozen=True)
class SignedInSession:
    session_id: str
    user: User
    access_token: str
    # True when the password was right but a code is still needed: session_id then names a waiting session.
    second_factor_required: bool = False
    second_factor_method: str = ""  # "email" or "authenticator_app" while second_factor_required


@dataclass(frozen=True)
class AuthenticatorAppSecret:
    secret: str  # base32, to type into the app
    otpauth_uri: str


@dataclass(frozen=True)
class ClientToken:
    access_token: str
    expires_in: int
    scope: str


@dataclass(frozen=True)
class Organisation:
    id: str
    code: str
    name: str
    active: bool = True


@dataclass(frozen=True)
class Log:
    id: str
    log_type: str
    status: str
    collection_year: int
    owning_organisation_id: str
    managing_organisation_id: str
    owning_organisation_code: str
    managing_organisation_code: str
    answers: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    assigned_to_id: str = ""
    created_by_id: str = ""
    # Lenient create/update (the REST API): answers left out, as (field, message).
    rejected: tuple[tuple[str, str], ...] = ()
    duplicate_set_id: int = 0  # 0: no duplicates
    unresolved: bool = False  # its scheme or location was deactivated over the start date
    postcode_full: str = ""
    bulk_upload_id: str = ""
    version: int = 0  # bumped by every change; a save may name the version it was based on

    def answer(self, name: str) -> Any:
        return self.answers.get(name)


@dataclass(frozen=True)
class LogPage:
    logs: list[Log]
    total: int
    next_cursor: str = ""  # empty on the last page


@dataclass(frozen=True)
class LogQuery:
    """A list of logs: filters, search, sort and page; empty values mean any."""

    page: int = 1
    page_size: int = 20
    search: str = ""
    collection_year: int = 0
    statuses: tuple[str, ...] = ()
    assigned_to_id: str = ""
    owning_organisation_id: str = ""
    managing_organisation_id: str = ""
    needstype: int = 0
    sort: str = ""
    cursor: str = ""
    duplicates_only: bool = False
    unresolved_only: bool = False
    bulk_upload_id: str = ""
    list_answers_only: bool = False  # the logs' answers a list shows, not all of them (the HTML list)


@dataclass(frozen=True)
class AnswerOption:
    value: str
    label: str
    hint: str = ""
    divider_after: bool = False  # the GOV.UK "or" divider follows this option


@dataclass(frozen=True)
class Question:
    id: str
    type: str  # radio, select, checkbox, text, numeric, date
    question_text: str
    hint_text: str = ""
    check_answer_label: str = ""
    answer_options: tuple[AnswerOption, ...] = ()
    width: int = 0
    prefix: str = ""
    suffix: str = ""
    answer: Any = None  # plain JSON value; None when unanswered
    # Questions this one reveals on the same page, and for which of its values: (question id, values).
    conditional_for: tuple[tuple[str, tuple[str, ...]], ...] = ()
    optional: bool = False
    derived: bool = False  # filled in by the service (it may still be asked, e.g. the stock owner)
    hidden_in_check_answers: bool = False
    inferred_answer: str = ""  # shown on check answers instead of a blank
    answer_details: tuple[str, ...] = ()  # lines shown under the answer on check answers (a found address)

    @property
    def shown_as_output(self) -> bool:
        """Worked out by the service and shown, never typed in."""
        return self.type == "numeric_output"

    def option_label(self, value: str) -> str:
        return next((option.label for option in self.answer_options if option.value == value), value)


@dataclass(frozen=True)
class FormPage:
    log_id: str
    page_id: str
    header: str
    section_label: str
    questions: tuple[Question, ...]
    previous_page_id: str = ""
    subsection_id: str = ""
    interruption_screen: bool = False  # a soft check: its title and informative text are filled in
    title_text: str = ""
    informative_text: str = ""
    log_version: int = 0  # the log's version the page shows
    check_answers_card_title: str = ""  # check answers only: the card its answers are in ("Buyer 1"); "" none


@dataclass(frozen=True)
class TaskListItem:
    id: str
    label: str
    status: str  # cannot_start_yet, not_started, in_progress, completed
    first_page_id: str = ""


@dataclass(frozen=True)
class TaskListSection:
    id: str
    label: str
    subsections: tuple[TaskListItem, ...]


@dataclass(frozen=True)
class TaskList:
    log_id: str
    collection_year: int
    sections: tuple[TaskListSection, ...]


@dataclass(frozen=True)
class CheckAnswers:
    log_id: str
    subsection_id: str
    subsection_label: str
    status: str
    pages: tuple[FormPage, ...]

    @property
    def cards(self) -> tuple[tuple[str, tuple[FormPage, ...]], ...]:
        """The pages in runs that share a summary card, with its title ("" for answers in no card)."""
        return tuple(
            (title, tuple(pages)) for title, pages in groupby(self.pages, key=lambda p: p.check_answers_card_title)
        )


@dataclass(frozen=True)
class DuplicateLog:
    """One log of a duplicate set with the answers that make it one, as check answers shows them."""

    log: Log
    compared: tuple[Question, ...]


@dataclass(frozen=True)
class SavedPage:
    log: Log
    next_page_id: str  # empty when the section is finished


@dataclass(frozen=True)
class FoundAddress:
    """A property address an address search found, to choose from."""

    uprn: str
    address: str


@dataclass(frozen=True)
class ManagedUser:
    """A user as the users pages show them."""

    id: str
    email: str
    name: str
    role: str
    organisation_id: str
    is_dpo: bool = False
    is_key_contact: bool = False
    active: bool = True
    locked: bool = False
    invitation_pending: bool = False
    last_sign_in_at: datetime | None = None
    second_factor_method: str = ""  # "email", "authenticator_app", or "" for users who need none
    pending_email: str = ""  # a new address waiting for its confirmation link


@dataclass(frozen=True)
class UserPage:
    users: list[ManagedUser]
    total: int


@dataclass(frozen=True)
class UserQuery:
    search: str = ""
    role: str = ""  # empty: any
    status: str = ""  # "active", "deactivated" or empty
    page: int = 1
    page_size: int = 20
    organisation_id: str = ""  # support only; empty: everyone (support) or their own


@dataclass(frozen=True)
class UserDetails:
    """What an invitation or an edit sets; None leaves a field unchanged on edit."""

    name: str | None = None
    email: str | None = None
    role: str | None = None
    is_dpo: bool | None = None
    is_key_contact: bool | None = None
    organisation_id: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    event: str
    outcome: str
    actor_id: str
    ip: str


@dataclass(frozen=True)
class ApiClientInfo:
    client_id: str
    name: str
    organisation_id: str  # empty: department-wide, read-only
    scopes: tuple[str, ...]
    active: bool
    created_at: datetime | None = None


@dataclass(frozen=True)
class ApiClientSecret:
    """A client with its secret, which identity returns only when it is made."""

    client: ApiClientInfo
    secret: str

"""Fake backends with the same methods as the gRPC clients, holding their state in memory."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from fakes_log_lifecycle import FakeLogsLifecycle

from core_platform.auth.principal import KIND_CLIENT, Principal
from core_platform.auth.tokens import SigningKey, TokenSigner, generate_private_pem, kid_for
from core_platform.errors import InvalidArgument, NotFound, Unauthenticated, Unavailable
from frontend_service.clients import Backends
from frontend_service.clients.log_errors import ErrorGroup
from frontend_service.clients.models import (
    AnswerOption,
    CheckAnswers,
    ClientToken,
    DuplicateLog,
    FormPage,
    FoundAddress,
    Log,
    LogPage,
    LogQuery,
    Organisation,
    Question,
    SavedPage,
    SignedInSession,
    TaskList,
    TaskListItem,
    TaskListSection,
    User,
)
from frontend_service.clients.organisation_models import CollectionResource, SchemePage, ServiceAlert

PASSWORD = "correct horse battery staple"
CLIENT_ID = "demo-client"
CLIENT_SECRET = "demo-secret"
ORG1_ID = "org-1"
ORG3_ID = "org-3"
ORG_CODES = {ORG1_ID: "ORG1", ORG3_ID: "ORG3"}

PROVIDER = User("user-1", "provider@example.com", "Pat Provider", "data_provider", ORG1_ID)
SUPPORT = User("user-2", "support@example.com", "Sam Support", "support", "org-4")


class FakeClock:
    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeIdentity:
    def __init__(self) -> None:
        pem = generate_private_pem()
        self.signer = TokenSigner(SigningKey(kid_for(pem), pem))
        self.users = {user.email: user for user in (PROVIDER, SUPPORT)}
        self.sessions: dict[str, User] = {}
        self.ended: list[str] = []
        self.reset_requests: list[str] = []
        self.reset_tokens = {"good-token"}
        self.new_passwords: list[str] = []
        self.resume_calls = 0
        self.authenticate_calls: list[tuple[str, str]] = []

    def authenticate(self, email: str, password: str, client_ip: str) -> SignedInSession:
        self.authenticate_calls.append((email, client_ip))
        user = self.users.get(email)
        if user is None or password != PASSWORD:
            raise Unauthenticated("Incorrect email or password")
        session_id = uuid.uuid4().hex
        self.sessions[session_id] = user
        return SignedInSession(session_id, user, f"user-token-{session_id}")

    def resume_session(self, session_id: str) -> SignedInSession:
        self.resume_calls += 1
        user = self.sessions.get(session_id)
        if user is None:
            raise Unauthenticated("Session ended")
        return SignedInSession(session_id, user, f"user-token-{session_id}")

    def end_session(self, session_id: str) -> None:
        self.ended.append(session_id)
        self.sessions.pop(session_id, None)

    def issue_client_token(self, client_id: str, client_secret: str) -> ClientToken:
        if (client_id, client_secret) != (CLIENT_ID, CLIENT_SECRET):
            raise Unauthenticated("Client authentication failed")
        token, _ = self.signer.issue(Principal(client_id, KIND_CLIENT, ORG1_ID, "client", ("logs",)), 900)
        return ClientToken(token, 900, "logs")

    def get_public_keys(self) -> dict[str, str]:
        return {self.signer.key.kid: self.signer.key.public_pem}

    def request_password_reset(self, email: str) -> None:
        self.reset_requests.append(email)

    def reset_password(self, token: str, new_password: str) -> None:
        if token not in self.reset_tokens:
            raise InvalidArgument(field_errors={"token": "Your link to reset your password has expired."})
        if len(new_password) < 8:
            raise InvalidArgument(field_errors={"password": "Your password must be at least 8 characters long"})
        self.new_passwords.append(new_password)


NEEDS_TYPE = Question(
    id="needstype",
    type="radio",
    question_text="What is the needs type?",
    hint_text="General needs housing includes both self-contained and shared housing.",
    check_answer_label="Needs type",
    answer_options=(
        AnswerOption("1", "General needs", "Housing without support"),
        AnswerOption("2", "Supported housing"),
    ),
)
START_DATE = Question(
    id="startdate",
    type="date",
    question_text="What is the tenancy start date?",
    check_answer_label="Tenancy start date",
)
TENANT_CODE = Question(
    id="tenancycode",
    type="text",
    question_text="What is the tenant code?",
    hint_text="This is how you usually refer to this tenancy on your own systems.",
    check_answer_label="Tenant code",
    width=10,
)
FORM_PAGES = (("needs_type", NEEDS_TYPE), ("tenancy_start_date", START_DATE), ("tenant_code", TENANT_CODE))


def _validate(question: Question, raw: str) -> Any:
    if question.type == "radio":
        if raw not in {option.value for option in question.answer_options}:
            raise InvalidArgument(field_errors={question.id: "Select the needs type"})
        return int(raw)
    if question.type == "date":
        try:
            return date.fromisoformat(raw).isoformat()
        except ValueError as exc:
            raise InvalidArgument(
                field_errors={question.id: "Enter a date in the correct format, like 31 1 2025"}
            ) from exc
    return raw or None


class FakeLogs(FakeLogsLifecycle):
    def __init__(self) -> None:
        super().__init__()
        self.logs: dict[str, Log] = {}
        self.hidden: set[str] = set()  # logs of another organisation: NotFound, as the logs service says
        self.tokens: list[str] = []
        self.saved: list[tuple[str, str, dict[str, str]]] = []
        self.queries: list[LogQuery] = []
        self.resolutions: list[tuple[str, str]] = []
        self.unavailable = False
        self.errors: tuple[ErrorGroup, ...] = ()  # what GetLogErrors reports
        self.error_requests: list[tuple[str, dict[str, str]]] = []
        self.card_titles: dict[str, str] = {}  # page id -> the check answers card its answers are in
        self._ids = itertools.count(1)

    def _check(self, token: str) -> None:
        if self.unavailable:
            raise Unavailable("logs is unavailable")
        self.tokens.append(token)

    def add_log(self, owner: str = ORG1_ID, **answers: Any) -> Log:
        log_id = str(next(self._ids))
        moment = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)
        log = Log(
            log_id,
            "lettings",
            "in_progress" if answers else "not_started",
            2025 if answers else 0,
            owner,
            owner,
            ORG_CODES[owner],
            ORG_CODES[owner],
            dict(answers),
            moment,
            moment,
            version=1,
        )
        self.logs[log_id] = log
        if owner != ORG1_ID:
            self.hidden.add(log_id)
        return log

    def create_log(self, log_type: str, answers: dict[str, Any], *, token: str, lenient: bool = False) -> Log:
        self._check(token)
        if answers.get("startdate") == "not-a-date":
            raise InvalidArgument(field_errors={"startdate": "Enter a date in the correct format"})
        log = replace(self.add_log(**answers), log_type=log_type)
        self.logs[log.id] = log
        return log

    def get_log(self, log_id: str, *, token: str) -> Log:
        self._check(token)
        if log_id not in self.logs or log_id in self.hidden:
            raise NotFound("Log not found")
        return self.logs[log_id]

    def update_log(
        self,
        log_id: str,
        answers: dict[str, Any],
        *,
        token: str,
        lenient: bool = False,
        expected_version: int | None = None,
    ) -> Log:
        log = self.get_log(log_id, token=token)
        version = self.record_change(log_id, answers, expected_version)
        self.logs[log_id] = replace(log, answers={**log.answers, **answers}, status="in_progress", version=version)
        return self.logs[log_id]

    def delete_log(self, log_id: str, *, token: str) -> None:
        self.get_log(log_id, token=token)
        del self.logs[log_id]

    def list_logs(self, log_type: str, query: LogQuery, *, token: str) -> LogPage:
        self._check(token)
        self.queries.append(query)
        visible = [log for log_id, log in self.logs.items() if log_id not in self.hidden and log.log_type == log_type]
        if query.search:
            visible = [log for log in visible if query.search in (log.answers.get("tenancycode") or "")]
        if query.statuses:
            visible = [log for log in visible if log.status in query.statuses]
        start = (query.page - 1) * query.page_size
        return LogPage(visible[start : start + query.page_size], len(visible))

    def get_duplicate_logs(self, log_id: str, *, token: str) -> list[DuplicateLog]:
        log = self.get_log(log_id, token=token)
        same_set = [
            other
            for other in self.logs.values()
            if log.duplicate_set_id and other.duplicate_set_id == log.duplicate_set_id and other.id != log.id
        ]
        return [DuplicateLog(each, _compared(each)) for each in (log, *same_set)]

    def resolve_duplicates(self, log_id: str, resolution: str, *, token: str) -> list[str]:
        log = self.get_log(log_id, token=token)
        self.resolutions.append((log_id, resolution))
        others = [entry.log.id for entry in self.get_duplicate_logs(log_id, token=token)[1:]]
        if resolution == "keep":
            for other in others:
                del self.logs[other]
        self.logs[log_id] = replace(log, duplicate_set_id=0)
        return others if resolution == "keep" else []

    def get_form_page(self, log_id: str, page_id: str, *, token: str, subsection_id: str = "") -> FormPage:
        log = self.get_log(log_id, token=token)
        ids = [pid for pid, _ in FORM_PAGES]
        if not page_id:
            page_id = next((pid for pid, q in FORM_PAGES if q.id not in log.answers), ids[-1])
        if page_id not in ids:
            raise NotFound("No such page")
        index = ids.index(page_id)
        question = replace(FORM_PAGES[index][1], answer=log.answers.get(FORM_PAGES[index][1].id))
        previous = ids[index - 1] if index else ""
        return FormPage(
            log_id, page_id, "", "Set up this lettings log", (question,), previous, "setup", log_version=log.version
        )

    def get_task_list(self, log_id: str, *, token: str) -> TaskList:
        log = self.get_log(log_id, token=token)
        answered = sum(q.id in log.answers for _, q in FORM_PAGES)
        status = "completed" if answered == len(FORM_PAGES) else "in_progress" if answered else "not_started"
        first = "" if status == "completed" else self.get_form_page(log_id, "", token=token).page_id
        later = "not_started" if status == "completed" else "cannot_start_yet"
        return TaskList(
            log_id,
            log.collection_year,
            (
                TaskListSection(
                    "setup", "Before you start", (TaskListItem("setup", "Set up this lettings log", status, first),)
                ),
                TaskListSection(
                    "household",
                    "About the household",
                    (
                        TaskListItem(
                            "household_needs", "Household needs", later, "needs_type" if status == "completed" else ""
                        ),
                    ),
                ),
            ),
        )

    def get_log_errors(
        self, log_id: str, *, token: str, page_id: str = "", answers: dict[str, str] | None = None
    ) -> tuple[ErrorGroup, ...]:
        """The groups set in `errors`, less the answers cleared since (the logs service checks again)."""
        log = self.get_log(log_id, token=token)
        self.error_requests.append((page_id, dict(answers or {})))
        groups = []
        for group in self.errors:
            kept = tuple(a for a in group.answers if log.answers.get(a.field) is not None or not a.clearable)
            if len(kept) == len(group.answers):
                groups.append(group)
        return tuple(groups)

    def get_check_answers(self, log_id: str, subsection_id: str, *, token: str) -> CheckAnswers:
        self.get_log(log_id, token=token)
        if subsection_id != "setup":
            raise NotFound("No such subsection")
        pages = tuple(
            replace(
                self.get_form_page(log_id, page_id, token=token),
                check_answers_card_title=self.card_titles.get(page_id, ""),
            )
            for page_id, _ in FORM_PAGES
        )
        return CheckAnswers(log_id, "setup", "Set up this lettings log", "in_progress", pages)

    def save_form_page(
        self, log_id: str, page_id: str, answers: dict[str, str], *, token: str, expected_version: int | None = None
    ) -> SavedPage:
        page = self.get_form_page(log_id, page_id, token=token)
        self.saved.append((log_id, page_id, dict(answers)))
        values = {question.id: _validate(question, answers.get(question.id, "")) for question in page.questions}
        log = self.update_log(log_id, values, token=token, expected_version=expected_version)
        ids = [pid for pid, _ in FORM_PAGES]
        index = ids.index(page_id)
        return SavedPage(log, ids[index + 1] if index + 1 < len(ids) else "")

    def search_addresses(self, query: str, *, token: str) -> list[FoundAddress]:
        self.tokens.append(token)
        return [a for a in FAKE_ADDRESSES if query.upper() in a.address]


FAKE_ADDRESSES = (FoundAddress("10090000001", "1, DEMO STREET, LONDON, SW1A 1AA"),)


class FakeOrganisations:
    def get_organisation(self, *, token: str, organisation_id: str = "", code: str = "") -> Organisation:
        if organisation_id not in ORG_CODES:
            raise NotFound("No such organisation")
        return Organisation(organisation_id, ORG_CODES[organisation_id], "Demo Housing Association")

    def list_all_organisations(self, *, token: str) -> list[Organisation]:
        return [Organisation(i, code, "Demo Housing Association") for i, code in ORG_CODES.items()]

    def get_current_alert(self, *, token: str | None) -> ServiceAlert | None:
        return None

    def list_resources(self) -> list[CollectionResource]:
        return []

    def list_schemes(self, search: str, page: int, page_size: int, *, token: str) -> SchemePage:
        return SchemePage([], 0)


class FakeHealth:
    def __init__(self) -> None:
        self.statuses = dict.fromkeys(("identity", "organisations", "logs", "bulk_upload", "export"), "SERVING")

    def check_all(self) -> dict[str, str]:
        return dict(self.statuses)


class FakeBackends(Backends):
    identity: FakeIdentity
    logs: FakeLogs
    organisations: FakeOrganisations
    health: FakeHealth

    def __init__(self) -> None:
        super().__init__(FakeIdentity(), FakeLogs(), FakeOrganisations(), FakeHealth())


def _compared(log: Log) -> tuple[Question, ...]:
    """The tenant code and lead tenant's sex, as the logs service compares them."""
    sexes = (AnswerOption("F", "Female"), AnswerOption("M", "Male"))
    return (
        Question("tenancycode", "text", "What is the tenant code?", answer=log.answers.get("tenancycode")),
        Question("sex1", "radio", "Lead tenant’s sex", "", "Lead tenant’s sex", sexes, answer=log.answers.get("sex1")),
    )

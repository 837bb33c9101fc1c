# syntax=docker/dockerfile:1
# One image for every CORE process (docs/adr/0007-one-container-image.md). The command chooses the
# process, exactly as in the Procfile: `python -m logs_service.server`, `celery -A export_service.tasks beat`, ...
# Build: docker build -t core:dev .     No secrets are baked in: every setting comes from the environment.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm
ARG NODE_IMAGE=node:20-bookworm-slim

# --- GOV.UK Frontend assets, copied as `make assets` does ---------------------------------------------------------
FROM ${NODE_IMAGE} AS assets
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
RUN mkdir -p static/govuk static/autocomplete \
 && cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css \
       node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js static/govuk/ \
 && cp -r node_modules/govuk-frontend/dist/govuk/assets static/assets \
 && cp node_modules/accessible-autocomplete/dist/accessible-autocomplete.min.css \
       node_modules/accessible-autocomplete/dist/accessible-autocomplete.min.js static/autocomplete/

# --- Python dependencies (exact pins) and the generated gRPC code, as `make venv` and `make proto` do ---------------
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/requirements.txt
RUN pip install -r /tmp/requirements.txt && pip check
WORKDIR /app
COPY proto/ proto/
# protoc-gen-mypy* come from the venv's bin, which is on PATH.
RUN mkdir gen \
 && python -m grpc_tools.protoc -I proto --python_out=gen --grpc_python_out=gen \
      --mypy_out=gen --mypy_grpc_out=gen $(find proto -name '*.proto')

# --- Runtime -----------------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime
# tini is PID 1: it forwards SIGTERM to the process and reaps zombies (Celery's pool, exec probes).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 core \
 && useradd --system --uid 10001 --gid core --home-dir /app --no-create-home --shell /usr/sbin/nologin core
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app/libs:/app/gen:/app/services/identity:/app/services/organisations:/app/services/logs:/app/services/bulk-upload:/app/services/export:/app/services/frontend \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CORE_VAR_DIR=/app/var
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app/gen gen
COPY libs libs
COPY services services
COPY --from=assets /build/static/govuk services/frontend/frontend_service/static/govuk
COPY --from=assets /build/static/assets services/frontend/frontend_service/static/assets
COPY --from=assets /build/static/autocomplete services/frontend/frontend_service/static/autocomplete
COPY Procfile ./
# Code stays owned by root (read-only to the app); only var/ is the app's. Byte-code is compiled now because the
# root filesystem is read-only at run time in the cluster.
RUN python -m compileall -q libs gen services \
 && mkdir -p var/outbox \
 && chown -R core:core var
# Numeric, so Kubernetes can check runAsNonRoot.
USER 10001:10001
EXPOSE 8080 50051 50052 50053 50054 50055
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["python", "-m", "frontend_service.server"]

{{/* Chart name, truncated to the 63 characters a label value may have. */}}
{{- define "labelforce.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name of the release's objects: <release>-labelforce, or the release name when it contains the chart name. */}}
{{- define "labelforce.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "labelforce.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "labelforce.selectorLabels" -}}
app.kubernetes.io/name: {{ include "labelforce.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "labelforce.labels" -}}
helm.sh/chart: {{ include "labelforce.chart" . }}
{{ include "labelforce.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "labelforce.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "labelforce.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* repository@digest when a digest is given, else repository:tag (tag defaults to the appVersion). */}}
{{- define "labelforce.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* The Secret the chart writes: needed unless both the database and the admin token use existing Secrets. */}}
{{- define "labelforce.generatesSecret" -}}
{{- if or (not .Values.database.existingSecret) (not .Values.adminToken.existingSecret) }}true{{ end }}
{{- end }}

{{- define "labelforce.databaseSecretName" -}}
{{- default (include "labelforce.fullname" .) .Values.database.existingSecret }}
{{- end }}

{{- define "labelforce.databaseUsernameKey" -}}
{{- if .Values.database.existingSecret }}{{ .Values.database.existingSecretUsernameKey }}{{ else }}database-username{{ end }}
{{- end }}

{{- define "labelforce.databasePasswordKey" -}}
{{- if .Values.database.existingSecret }}{{ .Values.database.existingSecretPasswordKey }}{{ else }}database-password{{ end }}
{{- end }}

{{- define "labelforce.adminTokenSecretName" -}}
{{- default (include "labelforce.fullname" .) .Values.adminToken.existingSecret }}
{{- end }}

{{- define "labelforce.adminTokenKey" -}}
{{- if .Values.adminToken.existingSecret }}{{ .Values.adminToken.existingSecretKey }}{{ else }}admin-token{{ end }}
{{- end }}

{{/* The database port, read from database.url (jdbc:postgresql://host:port/db), 5432 when it names none. */}}
{{- define "labelforce.databasePort" -}}
{{- $port := regexFind ":[0-9]+/" .Values.database.url | trimAll ":/" }}
{{- default "5432" $port }}
{{- end }}

{{/* The object storage port, read from storage.endpoint (http(s)://host:port), else 443 for https and 80 for http. */}}
{{- define "labelforce.storagePort" -}}
{{- $port := regexFind ":[0-9]+/?$" .Values.storage.endpoint | trimAll ":/" }}
{{- default (ternary "443" "80" (hasPrefix "https" .Values.storage.endpoint)) $port }}
{{- end }}

{{/* Refuses combinations the schema cannot express. */}}
{{- define "labelforce.validate" -}}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) }}
{{- fail "autoscaling.minReplicas must not be larger than autoscaling.maxReplicas" }}
{{- end }}
{{- if le (int .Values.terminationGracePeriodSeconds) (add .Values.shutdown.preStopSleepSeconds .Values.shutdown.timeoutSeconds | int) }}
{{- fail "terminationGracePeriodSeconds must be larger than shutdown.preStopSleepSeconds + shutdown.timeoutSeconds" }}
{{- end }}
{{- if and .Values.podDisruptionBudget.enabled (not (kindIs "invalid" .Values.podDisruptionBudget.minAvailable)) (not (kindIs "invalid" .Values.podDisruptionBudget.maxUnavailable)) }}
{{- fail "podDisruptionBudget: give minAvailable or maxUnavailable, not both" }}
{{- end }}
{{- if eq .Values.ports.http .Values.ports.management }}
{{- fail "ports.http and ports.management must differ" }}
{{- end }}
{{- end }}

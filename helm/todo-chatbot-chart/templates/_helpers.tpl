{{/* Chart name, for app.kubernetes.io/name. */}}
{{- define "todo-chatbot.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Prefix of every object name. The release name alone, so the api Service is
`<release>-api` (the address other tools and docs rely on).
*/}}
{{- define "todo-chatbot.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Name of one component: (dict "root" $ "name" "api"). */}}
{{- define "todo-chatbot.componentName" -}}
{{- printf "%s-%s" (include "todo-chatbot.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "todo-chatbot.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels of one component: minimal, and never changed after install. */}}
{{- define "todo-chatbot.selectorLabels" -}}
app.kubernetes.io/name: {{ include "todo-chatbot.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/* All labels of one component: (dict "root" $ "name" "api"). */}}
{{- define "todo-chatbot.labels" -}}
helm.sh/chart: {{ include "todo-chatbot.chart" .root }}
{{ include "todo-chatbot.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: todo-chatbot
{{- with .root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
One service entry merged over serviceDefaults: (dict "root" $ "name" "api"),
returned as YAML for fromYaml. mergeOverwrite never lets a false or 0 of the
entry win over a non-empty default, so those keys are copied explicitly.
*/}}
{{- define "todo-chatbot.service" -}}
{{- $entry := index .root.Values.services .name -}}
{{- $svc := mergeOverwrite (deepCopy .root.Values.serviceDefaults) (deepCopy $entry) -}}
{{- range $key := list "enabled" "useConfig" "databaseClient" "replicas" -}}
{{- if hasKey $entry $key -}}
{{- $_ := set $svc $key (index $entry $key) -}}
{{- end -}}
{{- end -}}
{{- if not (hasKey $entry "enabled") -}}
{{- $_ := set $svc "enabled" true -}}
{{- end -}}
{{- range $group := list "pdb" "autoscaling" -}}
{{- $override := index $entry $group | default dict -}}
{{- if hasKey $override "enabled" -}}
{{- $_ := set (index $svc $group) "enabled" $override.enabled -}}
{{- end -}}
{{- end -}}
{{- toYaml $svc -}}
{{- end -}}

{{/* Names of the enabled services, sorted, for range loops. */}}
{{- define "todo-chatbot.enabledServices" -}}
{{- $names := list -}}
{{- range $name, $entry := .Values.services -}}
{{- $svc := include "todo-chatbot.service" (dict "root" $ "name" $name) | fromYaml -}}
{{- if $svc.enabled -}}
{{- $names = append $names $name -}}
{{- end -}}
{{- end -}}
{{- toJson (sortAlpha $names) -}}
{{- end -}}

{{/* Image tag of a service: the given tag, else the chart appVersion (never an implicit `latest`). */}}
{{- define "todo-chatbot.imageTag" -}}
{{- .svc.image.tag | default .root.Chart.AppVersion -}}
{{- end -}}

{{/* Full image reference: [registry/]repository:tag[@digest]. */}}
{{- define "todo-chatbot.image" -}}
{{- $repository := .svc.image.repository -}}
{{- with .root.Values.global.imageRegistry -}}
{{- $repository = printf "%s/%s" (trimSuffix "/" .) $repository -}}
{{- end -}}
{{- $ref := printf "%s:%s" $repository (include "todo-chatbot.imageTag" .) -}}
{{- with .svc.image.digest -}}
{{- $ref = printf "%s@%s" $ref . -}}
{{- end -}}
{{- $ref -}}
{{- end -}}

{{/* Name of the Secret the pods read: the user's existingSecret or the chart's own. */}}
{{- define "todo-chatbot.secretName" -}}
{{- .Values.secrets.existingSecret | default (include "todo-chatbot.componentName" (dict "root" . "name" "secrets")) -}}
{{- end -}}

{{- define "todo-chatbot.configMapName" -}}
{{- include "todo-chatbot.componentName" (dict "root" . "name" "config") -}}
{{- end -}}

{{- define "todo-chatbot.postgresqlName" -}}
{{- include "todo-chatbot.componentName" (dict "root" . "name" "postgresql") -}}
{{- end -}}

{{/* In-cluster URL of a service: (dict "root" $ "name" "api"). */}}
{{- define "todo-chatbot.serviceUrl" -}}
{{- $svc := include "todo-chatbot.service" . | fromYaml -}}
{{- printf "http://%s:%v" (include "todo-chatbot.componentName" .) ($svc.service.port | default $svc.port) -}}
{{- end -}}

{{/* PUBLIC_URL: config.publicUrl, else derived from the ingress host and TLS. */}}
{{- define "todo-chatbot.publicUrl" -}}
{{- if .Values.config.publicUrl -}}
{{- .Values.config.publicUrl -}}
{{- else if and .Values.ingress.enabled .Values.ingress.host -}}
{{- printf "%s://%s" (ternary "https" "http" (gt (len .Values.ingress.tls) 0)) .Values.ingress.host -}}
{{- end -}}
{{- end -}}

{{/*
Value kept from the live Secret on upgrade, else the given value, else random.
(dict "root" $ "key" "AUTH_SECRET" "value" .Values.secrets.authSecret)
*/}}
{{- define "todo-chatbot.secretValue" -}}
{{- if .value -}}
{{- .value -}}
{{- else -}}
{{- $live := lookup "v1" "Secret" .root.Release.Namespace (include "todo-chatbot.secretName" .root) -}}
{{- if and $live $live.data (hasKey $live.data .key) -}}
{{- index $live.data .key | b64dec -}}
{{- else -}}
{{- randAlphaNum 40 -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Pod-level fields shared by Deployments and the migration Job: (dict "root" $ "name" "api" "svc" $svc). */}}
{{- define "todo-chatbot.podCommon" -}}
serviceAccountName: {{ include "todo-chatbot.componentName" (dict "root" .root "name" .name) }}
automountServiceAccountToken: false
{{- with .root.Values.global.imagePullSecrets }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . }}
  {{- end }}
{{- end }}
securityContext:
  {{- toYaml .svc.podSecurityContext | nindent 2 }}
{{- end -}}

{{/* Container environment of a service: (dict "root" $ "name" "api" "svc" $svc). */}}
{{- define "todo-chatbot.containerEnv" -}}
{{- $root := .root -}}
{{- if .svc.useConfig }}
envFrom:
  - configMapRef:
      name: {{ include "todo-chatbot.configMapName" $root }}
{{- end }}
env:
  - name: PORT
    value: {{ .svc.port | quote }}
  {{- range $name, $value := .svc.env }}
  - name: {{ $name }}
    value: {{ $value | quote }}
  {{- end }}
  {{- range $name, $upstream := .svc.upstreams }}
  - name: {{ $name }}
    value: {{ include "todo-chatbot.serviceUrl" (dict "root" $root "name" $upstream) | quote }}
  {{- end }}
  {{- range .svc.secretEnv }}
  - name: {{ .name }}
    valueFrom:
      secretKeyRef:
        name: {{ include "todo-chatbot.secretName" $root }}
        key: {{ .name }}
        {{- if .optional }}
        optional: true
        {{- end }}
  {{- end }}
{{- end -}}

{{/* Values that cannot work together; called from the always-rendered ConfigMap and from NOTES.txt. */}}
{{- define "todo-chatbot.validateValues" -}}
{{- if and (not .Values.postgresql.enabled) (not .Values.secrets.existingSecret) (not .Values.secrets.databaseUrl) -}}
{{- fail "secrets.databaseUrl: no database configured. Set secrets.databaseUrl, secrets.existingSecret (with a DATABASE_URL key) or postgresql.enabled=true" -}}
{{- end -}}
{{- range $name, $entry := .Values.services -}}
{{- $svc := include "todo-chatbot.service" (dict "root" $ "name" $name) | fromYaml -}}
{{- range $env, $upstream := $svc.upstreams -}}
{{- if not (hasKey $.Values.services $upstream) -}}
{{- fail (printf "services.%s.upstreams.%s: no service named %q in services" $name $env $upstream) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if and .Values.migration.enabled (not (hasKey .Values.services .Values.migration.service)) -}}
{{- fail (printf "migration.service: no service named %q in services" .Values.migration.service) -}}
{{- end -}}
{{- end -}}

{{/* Egress to the cluster DNS, which every pod needs to find a Service by name. */}}
{{- define "todo-chatbot.dnsEgress" -}}
- to:
    - namespaceSelector:
        {{- toYaml .Values.networkPolicy.dns.namespaceSelector | nindent 8 }}
      podSelector:
        {{- toYaml .Values.networkPolicy.dns.podSelector | nindent 8 }}
  ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
{{- end -}}

{{/* Egress to the database: the bundled Postgres pods, or networkPolicy.database peers (any address when empty). */}}
{{- define "todo-chatbot.databaseEgress" -}}
{{- if .Values.postgresql.enabled -}}
- to:
    - podSelector:
        matchLabels:
          {{- include "todo-chatbot.selectorLabels" (dict "root" . "name" "postgresql") | nindent 10 }}
  ports:
    - port: 5432
      protocol: TCP
{{- else -}}
- ports:
    - port: {{ .Values.networkPolicy.database.port }}
      protocol: TCP
  {{- with .Values.networkPolicy.database.peers }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
{{- end -}}

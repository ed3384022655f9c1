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

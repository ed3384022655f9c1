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

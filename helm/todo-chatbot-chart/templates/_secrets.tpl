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

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

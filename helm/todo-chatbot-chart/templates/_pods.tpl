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

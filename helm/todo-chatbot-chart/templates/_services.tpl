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

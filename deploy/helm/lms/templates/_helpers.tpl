{{/* Labels of one service's objects. */}}
{{- define "lms.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/part-of: lms
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Values.image.tag | quote }}
{{- end }}

{{- define "lms.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{- define "lms.image" -}}
{{ .root.Values.image.registry }}lms/{{ .name }}:{{ required "image.tag is required: the immutable tag of the build" .root.Values.image.tag }}
{{- end }}

{{- define "lms.publicUrl" -}}
https://{{ .Values.publicHost }}
{{- end }}

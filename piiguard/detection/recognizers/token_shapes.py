"""API keys, tokens and private keys of well-known shapes: each service's documented
prefix and layout, found alone in any text (a key pasted into chat is a key wherever it
stands). The credential recognizer (`credential`) runs these patterns, each only when
one of its gate words (`TOKEN_WORDS`, lower-case substrings) is in the text; a key is
one span, masked whole. Layouts that need a look at the value (a JWT's header, an
OpenAI key's mixed case, an AWS secret beside its key id) are checked there."""

from __future__ import annotations

from piiguard.detection.recognizers._pattern import Pattern

TOKEN_PATTERNS: tuple[Pattern, ...] = (
    Pattern("aws_access_key", r"(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|AIPA)[A-Z0-9]{16}(?![A-Za-z0-9])", 1.0),  # noqa: E501
    Pattern("github_token", r"(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9])", 1.0),
    Pattern("github_pat", r"(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}(?![A-Za-z0-9_])", 1.0),
    Pattern("gitlab_token", r"(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])", 1.0),
    Pattern("slack_token", r"(?<![A-Za-z0-9_-])xox[baprse]-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9-])", 1.0),  # noqa: E501
    Pattern("openai_key", r"(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|ant-)?[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])", 0.9),  # noqa: E501
    Pattern("stripe_key", r"(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}(?![A-Za-z0-9])", 1.0),  # noqa: E501
    Pattern("google_api_key", r"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])", 1.0),
    # a JSON Web Token: the header names its algorithm (`_jwt_header_ok`), so the claims
    # part may be anything (signed, encrypted, or pasted cut)
    Pattern("jwt", r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,4096}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,4096}(?![A-Za-z0-9_-])", 0.95),  # noqa: E501
    Pattern("stripe_webhook", r"(?<![A-Za-z0-9_])whsec_[A-Za-z0-9]{24,64}(?![A-Za-z0-9])", 1.0),
    Pattern("sendgrid_key", r"(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}(?![A-Za-z0-9_-])", 1.0),  # noqa: E501
    Pattern("npm_token", r"(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])", 1.0),
    Pattern("pypi_token", r"(?<![A-Za-z0-9_-])pypi-AgE[A-Za-z0-9_-]{40,300}(?![A-Za-z0-9_-])", 1.0),
    Pattern("huggingface_token", r"(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,40}(?![A-Za-z0-9])", 1.0),
    Pattern("shopify_token", r"(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![A-Za-z0-9])", 1.0),  # noqa: E501
    Pattern("digitalocean_token", r"(?<![A-Za-z0-9_])do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9])", 1.0),
    Pattern("google_oauth", r"(?<![A-Za-z0-9_.-])ya29\.[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])", 1.0),  # noqa: E501
    Pattern("azure_account_key", r"(?i:AccountKey|SharedAccessKey)=(?P<v>[A-Za-z0-9+/]{40,100}={0,2})", 1.0),  # noqa: E501
    Pattern("twilio_key", r"(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])", 0.9),
    # Twilio: the account SID, and the auth token written after it ("Client(SID, TOKEN)")
    Pattern("twilio_account_sid", r"(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])", 0.9),
    Pattern("twilio_auth_token", r"(?<![A-Za-z0-9])AC[0-9a-f]{32}[\s\"',:;=]{1,12}(?:[A-Za-z_]{1,24}[\s\"',:;=]{1,6})?(?P<v>[0-9a-f]{32})(?![A-Za-z0-9])", 0.9),  # noqa: E501
    Pattern("mailgun_key", r"(?<![A-Za-z0-9_-])key-[0-9a-f]{32}(?![A-Za-z0-9])", 0.9),
    Pattern("anthropic_key", r"(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])", 1.0),  # noqa: E501
    Pattern("private_key", r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?:(?:[A-Za-z0-9+/=\s:,]|-(?!----)){0,16384}?-----END [A-Z ]{0,30}PRIVATE KEY(?: BLOCK)?-----)?", 1.0),  # noqa: E501
    # services whose keys chat pastes as often, each by its documented prefix and layout
    Pattern("telegram_bot_token", r"(?<![\w:])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![\w-])", 0.95),
    Pattern("slack_app_token", r"(?<![\w-])xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{64}(?![\w-])", 1.0),  # noqa: E501
    Pattern("groq_key", r"(?<![\w-])gsk_[A-Za-z0-9]{52}(?![\w-])", 1.0),
    Pattern("replicate_token", r"(?<![\w-])r8_(?=[A-Za-z]*\d)[A-Za-z0-9]{37}(?![\w-])", 1.0),
    Pattern("vault_token", r"(?<![\w.-])hv[sb]\.(?=[\w-]*\d)(?=[\w-]*[A-Z])[A-Za-z0-9_-]{24,200}(?![\w-])", 1.0),  # noqa: E501
    Pattern("databricks_token", r"(?<![\w-])dapi(?=[a-f]*\d)[a-f0-9]{32}(?:-\d)?(?![\w-])", 1.0),
    Pattern("linear_key", r"(?<![\w-])lin_api_[A-Za-z0-9]{40}(?![\w-])", 1.0),
    Pattern("docker_pat", r"(?<![\w-])dckr_pat_(?=[\w-]*\d)[A-Za-z0-9_-]{27}(?![\w-])", 1.0),
    Pattern("age_secret_key", r"(?<![\w-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![\w-])", 1.0),  # noqa: E501
    Pattern("gitlab_other_token", r"(?<![\w-])gl(?:ptt|dt|rt|ft|soat|cbt|imt|oas)-(?=[\w-]*\d)[A-Za-z0-9_-]{20,64}(?![\w-])", 1.0),  # noqa: E501
    Pattern("postman_key", r"(?<![\w-])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![\w-])", 1.0),
    Pattern("doppler_token", r"(?<![\w.-])dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?(?=[A-Za-z]*\d)[A-Za-z0-9]{40,44}(?![\w-])", 1.0),  # noqa: E501
    Pattern("supabase_token", r"(?<![\w-])sbp_(?=[a-f]*\d)[a-f0-9]{40}(?![\w-])", 1.0),
    Pattern("figma_token", r"(?<![\w-])figd_(?=[\w-]*\d)[A-Za-z0-9_-]{40,43}(?![\w-])", 1.0),
    Pattern("tailscale_key", r"(?<![\w-])tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{8,20}-(?=[A-Za-z]*\d)[A-Za-z0-9]{20,64}(?![\w-])", 1.0),  # noqa: E501
    Pattern("notion_token", r"(?<![\w-])ntn_(?=[A-Za-z]*\d)[A-Za-z0-9]{40,50}(?![\w-])", 1.0),
    Pattern("grafana_token", r"(?<![\w-])(?:glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_(?=[A-Za-z+/]*\d)[A-Za-z0-9+/]{32,400}={0,2})(?![\w-])", 1.0),  # noqa: E501
    Pattern("square_token", r"(?<![\w-])sq0(?:atp|csp|idp)-(?=[\w-]*\d)[A-Za-z0-9_-]{22,43}(?![\w-])", 1.0),  # noqa: E501
    Pattern("netlify_token", r"(?<![\w-])nfp_(?=[A-Za-z]*\d)[A-Za-z0-9]{36}(?![\w-])", 1.0),
    Pattern("rubygems_key", r"(?<![\w-])rubygems_(?=[a-f]*\d)[a-f0-9]{48}(?![\w-])", 1.0),
    Pattern("atlassian_token", r"(?<![\w-])ATATT3[A-Za-z0-9_=-]{180,300}(?![\w=-])", 1.0),
    Pattern("sentry_token", r"(?<![\w-])(?:sntrys_eyJ[A-Za-z0-9+/=_-]{50,400}|sntryu_[a-f0-9]{64})(?![\w=-])", 1.0),  # noqa: E501
    Pattern("pulumi_token", r"(?<![\w-])pul-(?=[a-f]*\d)[a-f0-9]{40}(?![\w-])", 1.0),
    Pattern("openrouter_key", r"(?<![\w-])sk-or-v1-[a-f0-9]{64}(?![\w-])", 1.0),
    Pattern("google_oauth_secret", r"(?<![\w-])GOCSPX-(?=[\w-]*\d)[A-Za-z0-9_-]{28}(?![\w-])", 1.0),
    Pattern("mapbox_secret", r"(?<![\w.-])sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}(?![\w-])", 1.0),  # noqa: E501
)  # fmt: skip
"""One pattern per service and layout; a `v` group, where there is one, is the key."""

TOKEN_WORDS: dict[str, tuple[str, ...]] = {
    "aws_access_key": ("akia", "asia", "agpa", "aida", "aroa", "anpa", "aipa"),
    "github_token": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
    "github_pat": ("github_pat_",),
    "gitlab_token": ("glpat-",),
    "slack_token": ("xox",),
    "openai_key": ("sk-",),
    "anthropic_key": ("sk-ant-",),
    "stripe_key": ("sk_", "rk_"),
    "google_api_key": ("aiza",),
    "jwt": ("eyj",),
    "private_key": ("-----begin",),
    "stripe_webhook": ("whsec_",),
    "sendgrid_key": ("sg.",),
    "npm_token": ("npm_",),
    "pypi_token": ("pypi-",),
    "huggingface_token": ("hf_",),
    "shopify_token": ("shpat_", "shpca_", "shppa_", "shpss_"),
    "digitalocean_token": ("_v1_",),
    "google_oauth": ("ya29.",),
    "azure_account_key": ("accountkey=", "sharedaccesskey="),
    "twilio_key": ("sk",),
    "twilio_account_sid": ("ac",),
    "twilio_auth_token": ("ac",),
    "mailgun_key": ("key-",),
    "telegram_bot_token": (":aa",),
    "slack_app_token": ("xapp-",),
    "groq_key": ("gsk_",),
    "replicate_token": ("r8_",),
    "vault_token": ("hvs.", "hvb."),
    "databricks_token": ("dapi",),
    "linear_key": ("lin_api_",),
    "docker_pat": ("dckr_pat_",),
    "age_secret_key": ("age-secret-key-1",),
    "gitlab_other_token": ("glptt-", "gldt-", "glrt-", "glft-", "glsoat-", "glcbt-", "glimt-",
                           "gloas-"),
    "postman_key": ("pmak-",),
    "doppler_token": ("dp.",),
    "supabase_token": ("sbp_",),
    "figma_token": ("figd_",),
    "tailscale_key": ("tskey-",),
    "notion_token": ("ntn_",),
    "grafana_token": ("glsa_", "glc_"),
    "square_token": ("sq0",),
    "netlify_token": ("nfp_",),
    "rubygems_key": ("rubygems_",),
    "atlassian_token": ("atatt3",),
    "sentry_token": ("sntrys_", "sntryu_"),
    "pulumi_token": ("pul-",),
    "openrouter_key": ("sk-or-v1-",),
    "google_oauth_secret": ("gocspx-",),
    "mapbox_secret": ("sk.eyj",),
}  # fmt: skip
"""For each pattern of `TOKEN_PATTERNS`, the lower-case words one of which the text must
hold for it to run (its prefix)."""

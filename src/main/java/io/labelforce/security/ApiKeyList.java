package io.labelforce.security;

import java.util.List;

record ApiKeyList(long totalNumber, List<ApiKeyView> apiKeys) {}

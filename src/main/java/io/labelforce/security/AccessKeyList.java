package io.labelforce.security;

import java.util.List;

record AccessKeyList(long totalNumber, List<AccessKeyView> accessKeys) {}

# test-timeout.sh: the one place where test scripts read CMQ_TEST_TIMEOUT_MULTIPLIER (sourced).
#
#   . tests/lib/test-timeout.sh
#   cmq_timeout 30        # prints 30 times the multiplier, in whole seconds
#
# Scripts wait for conditions (a window, a file, a painted page), each with a deadline that only
# says when to give up; the C tests read the same variable in tests/lib/test-timeout.h.
# shellcheck shell=sh

cmq_timeout () {
  awk -v s="$1" -v m="${CMQ_TEST_TIMEOUT_MULTIPLIER:-1}" \
    'BEGIN { m += 0; if (m < 1) m = 1; printf "%d\n", s * m + 0.999 }'
}

# Helpers for bench/lib/*.sh: the median, minimum and maximum of a[key, 1..n] (gawk).
function med(a, key, n,    x, i) {
  for (i = 1; i <= n; i++) x[i] = a[key, i] + 0
  asort(x)
  return (n % 2) ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
}
function lo(a, key, n,    m, i) { m = a[key, 1] + 0; for (i = 2; i <= n; i++) if (a[key, i] + 0 < m) m = a[key, i] + 0; return m }
function hi(a, key, n,    m, i) { m = a[key, 1] + 0; for (i = 2; i <= n; i++) if (a[key, i] + 0 > m) m = a[key, i] + 0; return m }

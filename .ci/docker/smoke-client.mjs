// The HTTP helpers the smoke scripts share: one contract call that must answer an expected
// status, and a check that fails with what was off.
export function client(base) {
  return async function call(method, path, { token, body, expect }) {
    const response = await fetch(new URL(path, base), {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (response.status !== expect) {
      throw new Error(`${method} ${path}: expected ${expect}, got ${response.status}: ${text.slice(0, 500)}`);
    }
    console.log(`ok ${method} ${path} -> ${response.status}`);
    return text ? JSON.parse(text) : undefined;
  };
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

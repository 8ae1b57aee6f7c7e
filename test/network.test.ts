import http from 'node:http';
import net from 'node:net';

test('fetch to the outside world is refused', async () => {
  await expect(fetch('https://example.com/')).rejects.toThrow(/blocked in tests/);
});

test('raw sockets and http to a public address are refused', () => {
  expect(() => net.connect(443, '93.184.216.34')).toThrow(/blocked in tests/);
  expect(() => http.get('http://sheets.googleapis.com/')).toThrow(/blocked in tests/);
});

test('loopback stays open for local test servers', async () => {
  const server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  try {
    const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(body).toBe('ok');
  } finally {
    server.close();
  }
});

#!/usr/bin/env python3
"""A throwaway SMTP server for Comptoir's mail tests, built on aiosmtpd.

Listens on 127.0.0.1:PORT until stdin closes or it is terminated. Modes:
  starttls  offers STARTTLS and requires it before anything else; AUTH PLAIN/LOGIN after it
  tls       TLS from the first byte (SMTPS); AUTH PLAIN/LOGIN
  plain     no TLS offered at all; AUTH refused
Each accepted mail is saved in OUTDIR as N.eml, with N.envelope holding "from" then the recipients.
A recipient whose local part is "refused" gets "550 No such user".
Prints "READY" once listening.
"""
import argparse
import itertools
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, outdir):
        self.outdir = outdir

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.split("@")[0].lower() == "refused":
            return "550 5.1.1 <%s>: No such user" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        # The servers share OUTDIR: the next free number is claimed atomically.
        for n in itertools.count(1):
            base = os.path.join(self.outdir, str(n))
            try:
                os.close(os.open(base + ".claimed", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                break
            except FileExistsError:
                continue
        with open(base + ".envelope.tmp", "w") as f:
            f.write("\n".join([envelope.mail_from] + envelope.rcpt_tos) + "\n")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(base + ".envelope.tmp", base + ".envelope")
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 Message accepted for delivery"


class Authenticator:
    def __init__(self, user, password):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == self.user
              and auth_data.password == self.password)
        return AuthResult(success=ok, handled=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=["starttls", "tls", "plain"], required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user", default="shop")
    parser.add_argument("--password", default="secret")
    parser.add_argument("--outdir", required=True)
    args = parser.parse_args()

    context = None
    if args.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    kwargs = dict(hostname="127.0.0.1", port=args.port, server_hostname="localhost",
                  authenticator=Authenticator(args.user, args.password), auth_require_tls=args.mode != "plain")
    if args.mode == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
    elif args.mode == "tls":
        kwargs.update(ssl_context=context)
    controller = Controller(Handler(args.outdir), **kwargs)
    controller.start()
    print("READY", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

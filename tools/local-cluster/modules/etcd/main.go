// Builds the etcd server from its published module; etcd's own server/go.mod uses relative
// replaces, so `go install go.etcd.io/etcd/server/v3@…` cannot build it.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}

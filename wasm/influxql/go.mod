module hostmonitor/wasm/influxql

go 1.26

toolchain go1.26.8

require github.com/influxdata/influxql v1.1.0

require github.com/gogo/protobuf v1.3.2 // indirect
